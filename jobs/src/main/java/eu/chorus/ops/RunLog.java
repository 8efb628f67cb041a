package eu.chorus.ops;

import java.nio.file.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the run's log (what the console shows: Chorus at INFO, libraries at WARN, per
 * log4j2.properties) into a file of the run folder. Chorus logs through SLF4J; only this class
 * knows the backend is log4j2 (Spark's), and without it the run goes on with the console alone.
 */
public final class RunLog implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RunLog.class);
  private static final String NAME = "chorus-run-file";

  private final FileAppender appender;

  private RunLog(FileAppender appender) {
    this.appender = appender;
  }

  public static RunLog to(Path file) {
    try {
      LoggerContext context = (LoggerContext) LogManager.getContext(false);
      Configuration configuration = context.getConfiguration();
      FileAppender appender =
          FileAppender.newBuilder()
              .setName(NAME)
              .withFileName(file.toString())
              .setLayout(
                  PatternLayout.newBuilder()
                      .withConfiguration(configuration)
                      .withPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSS} %-5level %c{1}: %m%n")
                      .build())
              .setConfiguration(configuration)
              .build();
      appender.start();
      configuration.addAppender(appender);
      configuration.getRootLogger().addAppender(appender, null, null);
      context.updateLoggers();
      return new RunLog(appender);
    } catch (RuntimeException | LinkageError e) {
      LOG.warn("no log file {}: the logging backend is not log4j2 ({})", file, e.toString());
      return new RunLog(null);
    }
  }

  @Override
  public void close() {
    if (appender == null) {
      return;
    }
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    context.getConfiguration().getRootLogger().removeAppender(NAME);
    context.updateLoggers();
    appender.stop();
  }
}
