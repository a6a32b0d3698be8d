import { expect } from '@open-wc/testing';
import { withTimeout } from '../../src/controller/with-timeout.js';
import { CallCardError } from '../../src/model/errors.js';
import { sleep } from '../helpers.js';

const never = () => new Promise<never>(() => undefined);
const outcome = (promise: Promise<unknown>) => promise.then((value) => ({ value }), (error: unknown) => ({ error }));

describe('withTimeout', () => {
  it('passes an answer or a failure through unchanged', async () => {
    expect(await withTimeout(Promise.resolve(42), 50, 'getStatus')).to.equal(42);
    const failure = new Error('no');
    expect(await outcome(withTimeout(Promise.reject(failure), 50, 'getStatus'))).to.deep.equal({ error: failure });
  });

  it('rejects with TIMEOUT naming the command, each command at its own deadline, in any order of arrival', async () => {
    const started = performance.now();
    const long = outcome(withTimeout(never(), 120, 'disableAutoClose')).then((result) => ({ ...result, after: performance.now() - started }));
    const short = outcome(withTimeout(never(), 30, 'getStatus')).then((result) => ({ ...result, after: performance.now() - started }));
    const [first, second] = await Promise.all([short, long]);
    const error = (first as { error: CallCardError }).error;
    expect(error).to.be.instanceOf(CallCardError);
    expect(error.code).to.equal('TIMEOUT');
    expect(error.message).to.contain('getStatus within 30 ms');
    expect(first.after).to.be.within(28, 110);
    expect((second as { error: CallCardError }).error.message).to.contain('disableAutoClose within 120 ms');
    expect(second.after).to.be.at.least(118);
  });

  it('never rejects a command that was answered in time, and keeps timing the others', async () => {
    let answer!: (value: string) => void;
    const answered = outcome(withTimeout(new Promise<string>((resolve) => (answer = resolve)), 30, 'getStatus'));
    const unanswered = outcome(withTimeout(never(), 60, 'getInterface'));
    answer('ok');
    await sleep(40);
    expect(await answered).to.deep.equal({ value: 'ok' });
    expect(((await unanswered) as { error: CallCardError }).error.code).to.equal('TIMEOUT');
  });
});
