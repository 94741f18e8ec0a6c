import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics listed in a topics file in one Admin call (one JVM, ~2 s), instead of one
 * TopicCommand JVM per topic (~2 s each). Existing topics are left as they are. Run by
 * deploy/local/run.sh with Java's single-file source launcher:
 *
 *   java -cp '.data/kafka/lib/*' deploy/local/kafka/CreateTopics.java 127.0.0.1:9092 deploy/local/kafka/topics.txt
 *
 * File format: one topic a line, "name partitions [key=value,key=value]"; '#' starts a comment.
 */
public class CreateTopics {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CreateTopics <bootstrap-servers> <topics-file>");
            System.exit(2);
        }
        List<NewTopic> wanted = parse(Path.of(args[1]));
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "local-run-create-topics");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (NewTopic topic : wanted) {
                if (!existing.contains(topic.name())) {
                    missing.add(topic);
                }
            }
            int created = 0;
            if (!missing.isEmpty()) {
                var result = admin.createTopics(missing);
                for (var entry : result.values().entrySet()) {
                    try {
                        entry.getValue().get();
                        created++;
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) { // created concurrently: fine
                            throw new IllegalStateException("cannot create " + entry.getKey() + ": " + e.getCause(), e.getCause());
                        }
                    }
                }
            }
            // An existing topic with fewer partitions than listed is reported, never changed here.
            List<String> names = wanted.stream().map(NewTopic::name).toList();
            Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get();
            for (NewTopic topic : wanted) {
                int actual = described.get(topic.name()).partitions().size();
                if (actual != topic.numPartitions()) {
                    System.err.printf("note: %s has %d partitions (topics file says %d); left unchanged%n",
                            topic.name(), actual, topic.numPartitions());
                }
            }
            System.out.printf("topics: %d listed, %d created, %d already present%n",
                    wanted.size(), created, wanted.size() - missing.size());
        }
    }

    private static List<NewTopic> parse(Path file) throws Exception {
        List<NewTopic> topics = new ArrayList<>();
        for (String raw : Files.readAllLines(file)) {
            String line = raw.replaceFirst("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\\s+");
            NewTopic topic = new NewTopic(fields[0], Integer.parseInt(fields[1]), (short) 1);
            if (fields.length > 2) {
                Map<String, String> configs = new HashMap<>();
                for (String kv : fields[2].split(",")) {
                    String[] pair = kv.split("=", 2);
                    configs.put(pair[0], pair[1]);
                }
                topic.configs(configs);
            }
            topics.add(topic);
        }
        return topics;
    }
}
