<?php
// Receives Connect events for the marketplace (account.updated, payout.failed).

require_once 'shared.php';

// ruleid: webhook-signature-not-verified
$payload = @file_get_contents('php://input');
$event = json_decode($payload);

if ($event === null) {
  http_response_code(400);
  exit();
}

$pdo = new PDO($_ENV['DATABASE_DSN']);

switch ($event->type) {
  case 'account.updated':
    $account = $event->data->object;
    $stmt = $pdo->prepare('UPDATE sellers SET charges_enabled = ? WHERE stripe_account_id = ?');
    $stmt->execute([(int) $account->charges_enabled, $account->id]);
    break;
  case 'payout.failed':
    error_log('Payout failed for ' . $event->account);
    break;
}

http_response_code(200);
