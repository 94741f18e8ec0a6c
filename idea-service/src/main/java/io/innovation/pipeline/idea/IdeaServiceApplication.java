package io.innovation.pipeline.idea;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.EnableKafkaStreams;

@SpringBootApplication
@EnableKafkaStreams
public class IdeaServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(IdeaServiceApplication.class, args);
    }
}
