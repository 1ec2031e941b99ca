package io.pecflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

@SpringBootTest
class PecFlowEngineApplicationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void shouldBootTheApplicationContext() {
        assertThat(context.getBean(PecFlowEngineApplication.class)).isNotNull();
    }
}
