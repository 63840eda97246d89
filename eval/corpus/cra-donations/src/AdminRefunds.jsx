import React, { useState } from 'react';

export default function AdminRefunds() {
  const [chargeId, setChargeId] = useState('');
  const [status, setStatus] = useState(null);

  async function refund() {
    const res = await fetch('https://api.stripe.com/v1/refunds', {
      method: 'POST',
      headers: {
        // ruleid: secret-key-in-client-code
        Authorization: `Bearer ${process.env.REACT_APP_STRIPE_SECRET_KEY}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ charge: chargeId }),
    });
    setStatus(res.ok ? 'refunded' : 'failed');
  }

  return (
    <div>
      <input value={chargeId} onChange={(e) => setChargeId(e.target.value)} placeholder="ch_..." />
      <button onClick={refund}>Refund</button>
      {status && <p>{status}</p>}
    </div>
  );
}
