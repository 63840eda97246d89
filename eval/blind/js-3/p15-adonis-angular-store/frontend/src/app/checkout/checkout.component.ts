import { Component, ElementRef, OnInit, ViewChild } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { loadStripe, Stripe, StripeCardElement } from '@stripe/stripe-js';
import { environment } from '../../environments/environment';

@Component({
  selector: 'app-checkout',
  templateUrl: './checkout.component.html',
})
export class CheckoutComponent implements OnInit {
  @ViewChild('cardElement') cardElementRef!: ElementRef<HTMLDivElement>;
  private stripe: Stripe | null = null;
  private card?: StripeCardElement;
  private adminStripe: Stripe | null = null;
  orders: any[] = [];
  connectUrl = '';

  constructor(private http: HttpClient) {}

  async ngOnInit() {
    // ok: secret-key-in-client-code
    this.stripe = await loadStripe(environment.stripePublishableKey);
    // refunds from the order history page (admin users only)
    // ruleid: secret-key-in-client-code
    this.adminStripe = await loadStripe(environment.stripeSecretKey);

    const elements = this.stripe!.elements();
    // ok: raw-card-data
    this.card = elements.create('card');
    this.card.mount(this.cardElementRef.nativeElement);

    // ruleid: key-in-url
    this.http.get<any[]>(`${environment.apiUrl}/api/orders?api_key=${environment.apiKey}`).subscribe((orders) => (this.orders = orders));

    // ruleid: oauth-missing-state
    this.connectUrl = `https://connect.stripe.com/oauth/authorize?response_type=code&client_id=${environment.stripeConnectClientId}&scope=read_write`;
  }

  async pay(productId: number) {
    const { clientSecret } = await this.http
      .post<{ clientSecret: string }>(`${environment.apiUrl}/api/payments/product`, { productId })
      .toPromise() as { clientSecret: string };

    const result = await this.stripe!.confirmCardPayment(clientSecret, {
      // ok: raw-card-data
      payment_method: { card: this.card! },
    });
    if (result.error) {
      console.error(result.error.message);
    }
  }
}
