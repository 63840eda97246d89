import os

broker_connection_retry_on_startup = True
result_backend = os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1")
task_acks_late = True
task_default_queue = "billing"
task_routes = {
    "worker.reporting.*": {"queue": "reports"},
    "worker.legacy_import.*": {"queue": "migration"},
}
beat_schedule = {
    "nightly-balance-export": {
        "task": "worker.reporting.export_balance_transactions",
        "schedule": 60 * 60 * 24,
    },
}
