package io.kefu.bench.sqlcount;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Loaded only when this jar is on the class path (the benchmark's loader.path): wraps every
 * DataSource bean in a datasource-proxy that reports to {@link SqlCounter}.
 */
@AutoConfiguration
@Import(SqlCountController.class)
public class SqlCountAutoConfiguration {

  @Bean
  static BeanPostProcessor benchSqlCountingDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
          return ProxyDataSourceBuilder.create(dataSource)
              .name(beanName)
              .listener(SqlCounter.INSTANCE)
              .build();
        }
        return bean;
      }
    };
  }
}
