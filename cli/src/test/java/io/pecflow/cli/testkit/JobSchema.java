package io.pecflow.cli.testkit;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The contract's send job schema, to check what the CLI writes. */
public final class JobSchema {

    private static final Schema SCHEMA = load();

    private JobSchema() {
    }

    /** @return what the schema finds wrong with a job, nothing when it is valid */
    public static List<String> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static Schema load() {
        try (InputStream in = JobSchema.class.getResourceAsStream("/io/pecflow/cli/schemas/send-job.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
