import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export type CartLine = { productId: string; quantity: number; unitPrice: number };

/** Loads the cart and the current catalogue price of every line. */
export async function getCart(cartId: string | undefined): Promise<{ id: string; items: CartLine[] } | null> {
  if (!cartId) return null;
  const { rows } = await pool.query<CartLine>(
    `select ci.product_id as "productId", ci.quantity, p.price_cents as "unitPrice"
       from cart_items ci join products p on p.id = ci.product_id
      where ci.cart_id = $1`,
    [cartId],
  );
  return { id: cartId, items: rows };
}

export async function markOrderPaid(paymentIntentId: string) {
  await pool.query("update orders set status = 'paid' where payment_intent = $1", [paymentIntentId]);
}
