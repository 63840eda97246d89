import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useLoaderData } from '@remix-run/react';
import { getBrowserEnv } from '~/utils/stripe.server';

export async function loader(_args: LoaderFunctionArgs) {
  // ok: logged-secret
  return json({ ENV: getBrowserEnv() });
}

export default function App() {
  const { ENV } = useLoaderData<typeof loader>();
  return (
    <html lang="en">
      <head>
        <Meta />
        <Links />
      </head>
      <body>
        <Outlet />
        <script dangerouslySetInnerHTML={{ __html: `window.ENV = ${JSON.stringify(ENV)}` }} />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}
