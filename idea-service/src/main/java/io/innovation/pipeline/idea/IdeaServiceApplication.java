package io.innovation.pipeline.idea;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IdeaServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(IdeaServiceApplication.class, args);
    }
}
