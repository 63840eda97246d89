import React from 'react';
import ReactDOM from 'react-dom/client';
import App from './App';
import './index.css';

// Stripe.js comes from the <script src="https://js.stripe.com/v3"> tag in public/index.html.
// ruleid: secret-key-in-client-code
const stripe = window.Stripe(process.env.REACT_APP_STRIPE_SECRET_KEY);

const root = ReactDOM.createRoot(document.getElementById('root'));
root.render(
  <React.StrictMode>
    <App stripe={stripe} />
  </React.StrictMode>
);
