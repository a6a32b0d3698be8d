// Your own content beside the kit's tags: the caller, found by the call's number, and a note that keeps
// the card open until it is saved to the CRM timeline. It runs on the simulator (main.tsx) and in a portal
// or the emulator (widget.tsx).
import { useEffect, useRef, useState } from 'react';
import { useCallCard } from 'b24-call-card-kit/react';

interface FoundClient {
  readonly NAME: string;
  readonly CRM_ENTITY_TYPE: string;
}

/** Who calls, from the portal's CRM: `telephony.externalCall.searchCrmEntities` by the call's number. */
function useCaller(phoneNumber: string): string {
  const { callMethod } = useCallCard();
  const [caller, setCaller] = useState('');
  useEffect(() => {
    let current = true;
    setCaller('');
    if (phoneNumber) {
      callMethod('telephony.externalCall.searchCrmEntities', { PHONE_NUMBER: phoneNumber }).then(
        (found) => current && setCaller((found as FoundClient[])[0]?.NAME ?? 'Unknown caller'),
        () => current && setCaller('Unknown caller'),
      );
    }
    return () => {
      current = false;
    };
  }, [phoneNumber, callMethod]);
  return caller;
}

export function CallerNotes() {
  const { call, callMethod, keepOpenWhile } = useCallCard();
  const caller = useCaller(call.phoneNumber);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState<'' | 'Saving…' | 'Saved' | 'Not saved, try again'>('');
  // Resolving it lets the card close again: keepOpenWhile holds it until then.
  const release = useRef<(() => void) | null>(null);
  useEffect(() => () => release.current?.(), []);

  function edit(text: string) {
    setNote(text);
    setSaving('');
    if (!release.current) void keepOpenWhile(new Promise<void>((resolve) => (release.current = resolve)));
  }

  async function save() {
    const entity = call.entity;
    if (!entity || !note.trim()) return;
    setSaving('Saving…');
    try {
      await callMethod('crm.timeline.comment.add', {
        fields: { ENTITY_TYPE: entity.entityType.toLowerCase(), ENTITY_ID: entity.entityId, COMMENT: note },
      });
      setSaving('Saved');
      release.current?.();
      release.current = null;
    } catch {
      setSaving('Not saved, try again');
    }
  }

  return (
    <section className="caller-notes" data-call-state={call.state}>
      <p>
        Caller: <output className="caller">{caller || '…'}</output> ({call.state})
      </p>
      <label>
        Note
        <textarea value={note} onChange={(event) => edit(event.target.value)} />
      </label>
      <button type="button" onClick={() => void save()} disabled={!call.entity || !note.trim()}>
        Save note
      </button>
      <output className="save-status">{saving}</output>
    </section>
  );
}
