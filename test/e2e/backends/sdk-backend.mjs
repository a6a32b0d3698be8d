// A telephony backend as an integrator writes one with the official SDK's REST client:
//   WEBHOOK=<url> NODE_EXTRA_CA_CERTS=<cert> node sdk-backend.mjs register <phone>
//   WEBHOOK=<url> NODE_EXTRA_CA_CERTS=<cert> node sdk-backend.mjs finish <CALL_ID> <STATUS_CODE> <DURATION>
//   WEBHOOK=<url> NODE_EXTRA_CA_CERTS=<cert> node sdk-backend.mjs records <CALL_ID>
// It prints the method's result as JSON.
import { B24Hook } from '@bitrix24/b24jssdk';

const [step, ...args] = process.argv.slice(2);
const hook = B24Hook.fromWebhookUrl(process.env.WEBHOOK ?? '');
hook.offClientSideWarning();
const call = async (method, params) => {
  const answer = await hook.actions.v2.call.make({ method, params });
  if (!answer.isSuccess) throw new Error(`${method}: ${answer.getErrorMessages().join('; ')}`);
  return answer.getData().result;
};

if (step === 'register') {
  const [phone] = args;
  console.log(JSON.stringify(await call('telephony.externalcall.register', { USER_ID: 1, PHONE_NUMBER: phone, TYPE: 2, CRM_CREATE: 1, SHOW: 1, LINE_NUMBER: '+49 30 000-00-00' })));
} else if (step === 'finish') {
  const [callId, statusCode, duration] = args;
  console.log(JSON.stringify(await call('telephony.externalcall.finish', { CALL_ID: callId, USER_ID: 1, STATUS_CODE: statusCode, DURATION: Number(duration) })));
} else if (step === 'records') {
  console.log(JSON.stringify(await call('voximplant.statistic.get', { FILTER: { CALL_ID: args[0] } })));
} else {
  console.error('register <phone> | finish <CALL_ID> <STATUS_CODE> <DURATION> | records <CALL_ID>');
  process.exit(2);
}
