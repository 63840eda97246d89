<?php

namespace App\Http\Controllers;

use App\Models\Seller;
use Illuminate\Http\Request;

class MarketplaceWebhookController extends Controller
{
    // ruleid: webhook-signature-not-verified
    public function handle(Request $request)
    {
        $event = json_decode($request->getContent());

        switch ($event->type) {
            case 'account.updated':
                Seller::where('stripe_account_id', $event->account)->update(['charges_enabled' => $event->data->object->charges_enabled]);
                break;
            case 'payout.paid':
                Seller::where('stripe_account_id', $event->account)->increment('payouts_count');
                break;
        }

        return response()->noContent();
    }
}
