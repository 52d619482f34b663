package org.trainingplatform.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * What the broker and the store can do on their own, with plain clients and nothing of the platform
 * in between: the yardstick for every platform figure.
 */
final class RawLimits {

    /** The database the raw store limits are measured in. */
    static final String DATABASE = "benchmark_raw";
    private static final int RECORD_BYTES = 1024;
    private static final int THREADS = 4;
    private static final int BATCH = 20;

    private RawLimits() {
    }

    /** Producer throughput ({@code acks=all}, idempotent, 1 KB records), and end-to-end latency at a fixed rate. */
    static Map<String, Object> kafka(String bootstrap) throws Exception {
        String topic = "benchmark-raw-" + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        byte[] payload = new byte[RECORD_BYTES];
        try (var producer = new KafkaProducer<>(producerProperties(bootstrap), new StringSerializer(), new ByteArraySerializer())) {
            int count = 30_000;
            long start = System.nanoTime();
            List<Future<?>> acks = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                acks.add(producer.send(new ProducerRecord<>(topic, "k" + (i % 64), payload)));
            }
            for (Future<?> ack : acks) {
                ack.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            figures.put("producer_records_per_s", Math.round(count / seconds));
            figures.put("producer_mb_per_s", Math.round(count * RECORD_BYTES / seconds / 1e6 * 10) / 10.0);

            Latencies endToEnd = new Latencies();
            int rate = 1000;
            int total = rate * 10;
            CountDownLatch assigned = new CountDownLatch(1);
            Thread reader = new Thread(() -> readUntil(bootstrap, topic, total, endToEnd, assigned), "raw-reader");
            reader.start();
            assigned.await(60, TimeUnit.SECONDS);
            long period = 1_000_000_000L / rate;
            long t0 = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = t0 + i * period;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                producer.send(new ProducerRecord<>(topic, null, System.currentTimeMillis(), "k" + (i % 64), payload));
            }
            reader.join(60_000);
            figures.put("end_to_end_at_" + rate + "_per_s", endToEnd.summary());
        }
        return figures;
    }

    /** Reads the topic from its end until {@code total} records came (or a minute passed), timing each from its timestamp. */
    private static void readUntil(String bootstrap, String topic, int total, Latencies latencies, CountDownLatch assigned) {
        try (var consumer = new KafkaConsumer<>(consumerProperties(bootstrap), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position);
            assigned.countDown();
            long received = 0;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (received < total && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(50))) {
                    latencies.record(Duration.ofMillis(System.currentTimeMillis() - record.timestamp()));
                    received++;
                }
            }
        }
    }

    /**
     * Plain inserts per second, guarded findAndModify per second (a conditional increment, as a seat guard),
     * reads by id per second, the inserts and guarded updates again sent {@value #BATCH} to a command, and what
     * one nomination does to a class's document with that many nominees on its roster: read it, save it whole
     * under its version, then remove its published events. For all but the last also the CPU one document
     * costs the store's process and this client together (what they take idle left out): the least a write
     * or a read can cost on this machine, one at a time and in batches.
     */
    static Map<String, Object> mongo(String uri, int nomineesPerClass, long storePid) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        CpuMeter cpu = new CpuMeter(List.of(storePid, ProcessHandle.current().pid()));
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> inserts = client.getDatabase(DATABASE).getCollection("inserts");
            measure(figures, "inserts", cpu, 1, i -> inserts.insertOne(trainee(i)));
            MongoCollection<Document> guards = client.getDatabase(DATABASE).getCollection("guards");
            for (int i = 0; i < 64; i++) {
                guards.insertOne(new Document("_id", "class-" + i).append("taken", 0).append("capacity", 1_000_000));
            }
            measure(figures, "guarded_find_and_modify", cpu, 1, i -> guards.findOneAndUpdate(
                    Filters.and(Filters.eq("_id", "class-" + (i % 64)), Filters.lt("taken", 1_000_000)),
                    Updates.inc("taken", 1), new FindOneAndUpdateOptions()));
            measure(figures, "find_by_id", cpu, 1, i -> guards.find(Filters.eq("_id", "class-" + (i % 64))).first());
            // in batches after the operations one at a time, which are measured as in every run before
            measure(figures, "inserts_in_batches", cpu, BATCH,
                    i -> inserts.insertMany(IntStream.range(0, BATCH).mapToObj(RawLimits::trainee).toList()));
            measure(figures, "guarded_updates_in_batches", cpu, BATCH, i -> guards.bulkWrite(IntStream.range(0, BATCH)
                    .mapToObj(n -> new UpdateOneModel<Document>(Filters.and(Filters.eq("_id", "class-" + ((i + n) % 64)),
                            Filters.lt("taken", 1_000_000)), Updates.inc("taken", 1))).toList()));
            MongoCollection<Document> classes = client.getDatabase(DATABASE).getCollection("classes");
            for (int i = 0; i < 64; i++) {
                classes.insertOne(classDocument("class-" + i, nomineesPerClass));
            }
            figures.put("class_document_nominees", nomineesPerClass);
            figures.put("class_document_read_saved_and_settled_per_s", perSecond(2_000, i -> {
                Document klass = classes.find(Filters.eq("_id", "class-" + (i % 64))).first();
                long version = klass.getLong("version");
                klass.put("version", version + 1);
                klass.put("outbox", List.of(new Document("eventId", "event-" + i)));
                classes.replaceOne(Filters.and(Filters.eq("_id", klass.get("_id")), Filters.eq("version", version)), klass);
                classes.updateOne(Filters.eq("_id", klass.get("_id")),
                        Updates.pull("outbox", new Document("eventId", new Document("$in", List.of("event-" + i)))));
            }));
        }
        return figures;
    }

    private static Document trainee(int i) {
        return new Document("_id", UUID.randomUUID().toString()).append("agencyId", "hanoi-home-affairs")
                .append("fullName", "Nguyễn Thị Tuyến " + i).append("position", "Phó Giám đốc Sở").append("at", Instant.now());
    }

    /** A document shaped like a class of enrolment-service, its roster holding the given number of nominees. */
    private static Document classDocument(String id, int nominees) {
        List<Document> nominations = new ArrayList<>();
        for (int i = 0; i < nominees; i++) {
            nominations.add(new Document("traineeId", UUID.randomUUID().toString()).append("nominatingAgencyId", "ba-dinh-district")
                    .append("fullName", "Nguyễn Văn An " + i).append("position", "Bí thư quận ủy").append("unit", "Quận ủy Ba Đình")
                    .append("status", "ENROLLED").append("waitlistSequence", 0L).append("nominatedAt", Instant.now())
                    .append("updatedAt", Instant.now()));
        }
        return new Document("_id", id).append("version", 0L).append("agencyId", "hanoi-organisation-board")
                .append("capacity", 2_000).append("nominations", nominations).append("outbox", List.of());
    }

    /**
     * Puts {@code <name>_per_s} and {@code <name>_cpu_ms_each}, a document's: 20,000 documents on {@value #THREADS}
     * threads, each operation writing or reading the given number of them.
     */
    private static void measure(Map<String, Object> figures, String name, CpuMeter cpu, int documentsEach,
                                IntConsumer operation) throws InterruptedException {
        int documents = 20_000;
        cpu.start();
        long perSecond = perSecond(documents / documentsEach, operation) * documentsEach;
        figures.put(name + "_per_s", perSecond);
        figures.put(name + "_cpu_ms_each", Math.round(cpu.millisAboveIdle() / documents * 1000) / 1000.0);
    }

    private static long perSecond(int operations, IntConsumer operation) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch done = new CountDownLatch(operations);
        long start = System.nanoTime();
        for (int i = 0; i < operations; i++) {
            int n = i;
            pool.execute(() -> {
                operation.accept(n);
                done.countDown();
            });
        }
        done.await(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return Math.round(operations / seconds);
    }

    static Properties producerProperties(String bootstrap) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        return properties;
    }

    static Properties consumerProperties(String bootstrap) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return properties;
    }
}
