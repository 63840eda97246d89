import asyncio
import logging

from aiohttp import web
from stripe import StripeClient

from receiver import config
from receiver.handlers import routes

log = logging.getLogger("receiver")


async def drain(app):
    queue = app["queue"]
    while True:
        event = await queue.get()
        log.info("event %s (%s)", event.id, event.type)
        queue.task_done()


async def start_background(app):
    app["drainer"] = asyncio.create_task(drain(app))


def make_app():
    app = web.Application(client_max_size=1024 ** 2)
    app["queue"] = asyncio.Queue()
    # ok: unpinned-api-version
    app["stripe"] = StripeClient(config.read_secret("stripe_secret_key"), stripe_version=config.API_VERSION)
    # ok: logged-secret
    log.info("receiver starting; webhook secret configured=%s", bool(config.WEBHOOK_SECRET))
    app.add_routes(routes)
    app.on_startup.append(start_background)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=8080)
