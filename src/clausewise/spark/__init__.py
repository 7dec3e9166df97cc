"""The agreed-language graph of a whole record on Apache Spark (`clausewise spark reuse`).

The job runs the library's own pure functions on partitions (parse and enrich from
`library.inputs`, the stored rows from `library.rows`, the reuse stages from
`clausewise.reuse`); only the orchestration is Spark's. pyspark is an extra
(`pip install clausewise[spark]`): nothing outside this package imports it, and this
package imports it only in `session` and `job`. `parquet` (the output's layout, and loading
it into a library) needs only pyarrow.
"""
