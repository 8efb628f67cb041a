package eu.chorus.extract;

import eu.chorus.ingest.InputFile;
import java.io.Serializable;

/** An input file after extraction: its content hash and its text (or why there is none). */
public record ExtractedFile(InputFile file, String sha256, ExtractedText text)
    implements Serializable {}
