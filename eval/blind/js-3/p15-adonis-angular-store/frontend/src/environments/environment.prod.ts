export const environment = {
  production: true,
  apiUrl: 'https://shop.example.eu',
  // ok: hardcoded-secret-key
  stripePublishableKey: 'pk_live_514eubZ4ZMKX6QSJzOardVI58s8Su8bFDwpvveKmm3J2TWc48l4KQl90g23HjQIeRvhP5BmGzVFE5bSKysOHbboAaXaPoXtJlGf',
  // ok: hardcoded-secret-key
  stripeSecretKey: 'sk_test_YOUR_SECRET_KEY',
  stripeConnectClientId: 'ca_Pq7ZxW2mN8vK4rT1yB6cL0dF3hJ9sGeA',
  apiKey: 'shop_pub_7f3a9c1e5b',
};
