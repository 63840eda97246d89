// Receives events relayed by our n8n automation (originally from Stripe).
// ruleid: webhook-signature-not-verified
export default defineEventHandler(async (event) => {
  const body = await readBody(event);

  if (body.type === 'invoice.payment_failed') {
    await sendDunningEmail(body.data.object.customer_email);
  } else if (body.type === 'customer.subscription.deleted') {
    await downgradeAccount(body.data.object.customer);
  }

  setResponseStatus(event, 204);
  return null;
});
