import React from 'react';
import ReactDOM from 'react-dom/client';
import App from './App';

// ok: logged-secret
console.info('Stripe publishable key:', process.env.REACT_APP_STRIPE_PUBLISHABLE_KEY);

ReactDOM.createRoot(document.getElementById('root')).render(
  <React.StrictMode>
    <App />
  </React.StrictMode>,
);
