from typing import Optional

from pydantic import BaseModel, Field


class Product(BaseModel):
    id: str
    name: str
    unit_amount: int = Field(gt=0, description="Price in the smallest currency unit")
    currency: str = "usd"


PRODUCTS = {
    "prod_basic": Product(id="prod_basic", name="Basic report", unit_amount=1900),
    "prod_full": Product(id="prod_full", name="Full report", unit_amount=4900),
}


class PaymentIntentIn(BaseModel):
    product_id: str


class PaymentIntentOut(BaseModel):
    id: str
    client_secret: str


class User(BaseModel):
    id: int
    email: str
    stripe_customer_id: Optional[str] = None
    access_token: str

    @classmethod
    async def from_bearer(cls, token: str) -> Optional["User"]:
        from app.store import users  # local import: avoids a cycle with app.store

        return await users.by_token(token)
