import pg from 'pg';

export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export async function upsertCustomer({ id, email, name }) {
  await pool.query(
    'INSERT INTO stripe_customers (id, email, name) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET email = $2, name = $3',
    [id, email, name],
  );
}
