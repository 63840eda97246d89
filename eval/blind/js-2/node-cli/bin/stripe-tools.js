#!/usr/bin/env node
'use strict';

const { Command } = require('commander');
const Stripe = require('stripe');
const { stripeRequest } = require('../lib/http');

const program = new Command();
program
  .name('stripe-tools')
  .description('Ops helpers for the billing team')
  .option('--debug', 'print diagnostic information')
  // ok: hardcoded-secret-key
  .option('-k, --api-key <key>', 'Stripe secret key (sk_live_... or sk_test_...); defaults to $STRIPE_SECRET_KEY');

function client(opts) {
  const secretKey = opts.apiKey || process.env.STRIPE_SECRET_KEY;
  if (!secretKey) {
    // ok: logged-secret
    console.error('No Stripe key: pass --api-key or set STRIPE_SECRET_KEY');
    process.exit(2);
  }
  // ok: hardcoded-secret-key
  if (!secretKey.startsWith('sk_') && !secretKey.startsWith('rk_live_')) {
    // ok: logged-secret
    console.error('That does not look like a secret or restricted key.');
    process.exit(2);
  }
  if (opts.debug) {
    // ruleid: environment-dump
    console.log('environment:', process.env);
    // ok: logged-secret
    console.log('key mode:', secretKey.includes('_live_') ? 'live' : 'test', 'last4:', secretKey.slice(-4));
  }
  // ok: unpinned-api-version
  return new Stripe(secretKey, { apiVersion: '2024-06-20', maxNetworkRetries: 3 });
}

program
  .command('balance')
  .description('print the available balance')
  .action(async () => {
    const stripe = client(program.opts());
    const balance = await stripe.balance.retrieve();
    for (const b of balance.available) console.log(`${b.currency.toUpperCase()} ${(b.amount / 100).toFixed(2)}`);
  });

program
  .command('payouts')
  .description('list the last 10 payouts (raw API call)')
  .action(async () => {
    const { data } = await stripeRequest('GET', '/v1/payouts?limit=10');
    console.table(data.map((p) => ({ id: p.id, amount: p.amount, status: p.status })));
  });

program.parseAsync(process.argv);
