"""A SparkSession for the job: the master given, the executors' Python this one.

Local masters (`local[2]`) get settings sized for one machine: shuffles in a few
partitions per core rather than Spark's 200, the driver on the loopback address, no web UI.
On a cluster (`spark://...`) only what the user passes with `--conf` is set.
"""

from __future__ import annotations

import os
import re
import sys


def local_cores(master: str) -> int | None:
    """The cores a local master asks for ("local[2]" -> 2, "local[*]" and "local" too)."""
    if master == "local":
        return 1
    m = re.fullmatch(r"local\[(\d+|\*)(?:,\s*\d+)?\]", master)
    if not m:
        return None
    return os.cpu_count() or 1 if m.group(1) == "*" else int(m.group(1))


def spark_session(
    master: str = "local[2]", conf: dict[str, str] | None = None, name: str = "clausewise"
):
    # executors run the same interpreter (and so the same clausewise) as the driver
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.master(master).appName(name)
    cores = local_cores(master)
    if cores is not None:
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # this machine's loopback only
        builder = (
            builder.config("spark.sql.shuffle.partitions", str(4 * cores))
            .config("spark.default.parallelism", str(4 * cores))
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.adaptive.enabled", "true")
        )
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark
