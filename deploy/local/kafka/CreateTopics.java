import io.innovation.pipeline.contracts.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the pipeline's topics (the catalogue in contracts, {@code io.innovation.pipeline.contracts.Topic#specs()},
 * dead-letter topics included, with their configuration) in one Admin call, instead of one TopicCommand JVM per topic
 * (~2 s each). Existing topics are left as they are. Run by deploy/local/run.sh with Java's single-file
 * source launcher, with the broker's jars and the contracts jar on the class path:
 *
 *   java -cp '.data/kafka/lib/*:contracts/target/contracts-0.1.0-SNAPSHOT.jar' deploy/local/kafka/CreateTopics.java 127.0.0.1:9092 3
 */
public class CreateTopics {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CreateTopics <bootstrap-servers> <partitions>");
            System.exit(2);
        }
        List<NewTopic> wanted = catalogue(Integer.parseInt(args[1]));
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
            System.out.printf("topics: %d listed, %d created, %d already present%n",
                    wanted.size(), created, wanted.size() - missing.size());
        }
    }

    private static List<NewTopic> catalogue(int partitions) {
        return Topic.specs().stream()
                .map(spec -> new NewTopic(spec.name(), partitions, (short) 1).configs(spec.configs()))
                .toList();
    }
}
