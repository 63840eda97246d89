import axios from 'axios';
import winston from 'winston';

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
const apiKey = process.env.TAXJAR_API_KEY;
const mailchimpKey = process.env.MAILCHIMP_API_KEY;
const geocoderKey = process.env.GEOCODER_API_KEY;

export async function lookupTaxRate(zip) {
  // ok: key-in-url
  const { data } = await axios.get(`https://api.taxjar.com/v2/rates/${zip}`, { headers: { Authorization: `Bearer ${apiKey}` } });
  return data.rate.combined_rate;
}

export async function geocode(address) {
  const url = new URL('https://geocode.example.com/v1/search');
  url.searchParams.set('q', address);
  // ruleid: key-in-url
  url.searchParams.set('api_key', geocoderKey);
  const res = await fetch(url);
  return res.json();
}

export async function subscribe(email) {
  const dc = mailchimpKey.split('-')[1];
  try {
    // ruleid: key-in-url
    await axios.post(`https://${dc}.api.mailchimp.com/3.0/lists/abc123/members?apikey=` + mailchimpKey, { email_address: email, status: 'subscribed' });
  } catch (err) {
    // ruleid: logged-secret
    logger.error(`Mailchimp subscribe failed for ${email} using key ${mailchimpKey}: ${err.message}`);
    // ruleid: logged-secret
    throw new Error(`Mailchimp rejected key ${mailchimpKey}`);
  }
}

export function trackCheckout(analytics, user, stripeAccount) {
  // ok: logged-secret
  analytics.track({ userId: user.id, event: 'Checkout Started', properties: { plan: user.plan, account: stripeAccount.id } });
}

export function trackConnect(analytics, user, secretKey) {
  // ruleid: logged-secret
  analytics.track({ userId: user.id, event: 'Stripe Connected', properties: { secretKey } });
}
