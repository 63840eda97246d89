<?php

require_once __DIR__ . '/vendor/autoload.php';

session_start();

// ruleid: hardcoded-secret-key
define('STRIPE_SECRET_KEY', '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');
// ok: hardcoded-secret-key
define('STRIPE_PUBLISHABLE_KEY', 'pk_live_Z7gPnkVTZRZXnUDBxaSaKg4V');
define('STRIPE_WEBHOOK_SECRET', getenv('STRIPE_WEBHOOK_SECRET') ?: '');

// ruleid: unpinned-api-version
\Stripe\Stripe::setApiKey(STRIPE_SECRET_KEY);

$pdo = new PDO(getenv('DB_DSN') ?: 'sqlite:' . __DIR__ . '/store.db');
