package eu.chorus.annotate;

import java.io.Serializable;

/** A named-entity mention: its CoreNLP type (PERSON, ORGANIZATION, LOCATION) and char span. */
public record Mention(String type, int begin, int end, String text) implements Serializable {

  public static final String PERSON = "PERSON";
  public static final String ORGANIZATION = "ORGANIZATION";
}
