"""The map step on Spark: pipes a JSON Lines corpus through `relgraph extract`.

Usage: python spark_extract.py RELGRAPH CORPUS.jsonl OUTPUT_FOLDER
Local mode here; on a cluster, ship the relgraph binary with --files and point the master
elsewhere: the pipeline is the same.
"""
import sys

from pyspark.sql import SparkSession

relgraph, corpus, output = sys.argv[1:4]
spark = SparkSession.builder.master("local[2]").appName("relgraph-extract").getOrCreate()
spark.sparkContext.setLogLevel("ERROR")
lines = spark.sparkContext.textFile(corpus, minPartitions=4)
extracted = lines.pipe(f"{relgraph} extract --jobs 1 -").cache()
extracted.saveAsTextFile(output)
print(f"spark: {lines.getNumPartitions()} partitions, {extracted.count()} documents extracted", file=sys.stderr)
spark.stop()
