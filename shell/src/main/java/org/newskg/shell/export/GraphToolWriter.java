package org.newskg.shell.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link PropertyGraph} in one graph tool's file format. */
public interface GraphToolWriter {

    void write(PropertyGraph graph, OutputStream out) throws IOException;
}
