import { describe, expect, it } from 'vitest';
import type { Recipient } from '../../src/inventory/model.js';
import { assessTransfer } from '../../src/views/transfer-status.js';

const recipient = (fields: Partial<Recipient>): Recipient => ({
  id: 'r',
  name: 'R',
  role: 'processor',
  loc: { file: 'recipients.yaml', path: ['recipients', 0] },
  ...fields,
});

// The same adequacy check as transfer-no-mechanism and transfer-mechanism-invalid: a decision that has
// ended (GB's runs to 2031-12-27 in adequacy.json) covers nothing after its end.
describe('transfer status follows the adequacy decisions in force on the day', () => {
  it('an adequacy decision covers a recipient until it ends', () => {
    const gb = recipient({ country: 'GB' });
    expect(assessTransfer(gb, 'GB', '2031-12-27').status).toBe('adequate');
    expect(assessTransfer(gb, 'GB', '2031-12-28').status).toBe('missing');
    const stated = recipient({ country: 'GB', transfer: { mechanism: 'adequacy' } });
    expect(assessTransfer(stated, 'GB', '2031-12-27').status).toBe('adequate');
    expect(assessTransfer(stated, 'GB', '2031-12-28').status).toBe('invalid');
  });

  it('publication to the public is no transfer, as for the rules', () => {
    expect(assessTransfer(recipient({ role: 'public', country: 'IN' }), 'IN', '2026-01-01').status).toBe(
      'not-a-transfer',
    );
    expect(assessTransfer(recipient({ country: 'IN' }), 'IN', '2026-01-01').status).toBe('missing');
  });

  it('dpf holds only in the United States', () => {
    const dpf = recipient({ transfer: { mechanism: 'dpf' }, dpf: { certified: true } });
    expect(assessTransfer(dpf, 'US', '2026-01-01').status).toBe('adequate');
    expect(assessTransfer(dpf, 'CA', '2026-01-01').status).toBe('invalid');
  });
});
