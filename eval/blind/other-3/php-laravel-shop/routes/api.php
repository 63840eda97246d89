<?php

use App\Http\Controllers\StripeController;
use Illuminate\Support\Facades\Route;

Route::middleware('auth:sanctum')->group(function () {
    Route::post('/checkout', [StripeController::class, 'checkout']);
    Route::post('/customers', [StripeController::class, 'createCustomer']);
});

Route::post('/stripe/webhook', [StripeController::class, 'webhook']);
Route::post('/stripe/webhook/legacy', [StripeController::class, 'legacyWebhook']);
