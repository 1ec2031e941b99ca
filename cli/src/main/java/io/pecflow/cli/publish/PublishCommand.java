package io.pecflow.cli.publish;

import io.pecflow.cli.CliContext;
import io.pecflow.cli.CliException;
import io.pecflow.cli.ExitCode;
import io.pecflow.cli.campaign.BadRow;
import io.pecflow.cli.campaign.Campaign;
import io.pecflow.cli.campaign.CampaignDefaults;
import io.pecflow.cli.campaign.CampaignFormat;
import io.pecflow.cli.campaign.ContractLimits;
import io.pecflow.cli.campaign.JobValidator;
import io.pecflow.cli.campaign.ValidJob;
import io.pecflow.cli.config.CommonOptions;
import io.pecflow.cli.config.KafkaOptions;
import io.pecflow.cli.config.KafkaOptions.KafkaTarget;
import io.pecflow.cli.config.Settings;
import io.pecflow.cli.output.Output;
import io.pecflow.cli.output.ProgressBar;
import io.pecflow.cli.output.StatusView;
import io.pecflow.cli.publish.JobPublisher.PublishResult;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pecflow publish <file>}: a campaign file to one send job a row on the jobs topic. */
@Command(name = "publish", sortOptions = false,
        description = {"Publish a campaign file as one send job a row.",
                "The file is CSV with a header row, or JSON Lines. Every row is checked first; if any is bad,",
                "nothing is published (see --skip-invalid).",
                "Rows without a jobId get one derived from the campaign and the row's content, so publishing",
                "the same file again sends nothing twice."})
public final class PublishCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "<file>", description = "The campaign: .csv, .jsonl or .ndjson.")
    private Path file;

    @Option(names = "--format", paramLabel = "<csv|jsonl>", description = "The file's format, when its extension does not say.")
    private CampaignFormat format;

    @Option(names = "--campaign", paramLabel = "<id>", description = "The campaignId of every job (default: the file's name without extension).")
    private String campaign;

    @Option(names = "--mailbox", paramLabel = "<address>", description = "The sending mailbox of rows that name none.")
    private String mailbox;

    @Option(names = "--delimiter", paramLabel = "<char>", defaultValue = ",", description = "The CSV delimiter (default: ,).")
    private char delimiter;

    @Option(names = "--skip-invalid", description = "Publish the good rows even when some are bad.")
    private boolean skipInvalid;

    @Option(names = "--dry-run", description = "Check the file and show the jobIds; publish nothing.")
    private boolean dryRun;

    @Mixin
    private KafkaOptions kafka;

    @Mixin
    private CommonOptions common;

    PublishCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Settings settings = common.settings(context);
        Output output = new Output(context, common.json());
        String campaignId = Optional.ofNullable(campaign).orElseGet(this::fileStem);
        Campaign checked = check(campaignId);
        report(checked.badRows());
        if (checked.fileBroken() || (!checked.badRows().isEmpty() && !skipInvalid) || checked.jobs().isEmpty()) {
            return refuse(checked, campaignId, output);
        }
        if (dryRun) {
            output.list(checked.jobs().stream().map(PublishCommand::row).toList(), "no jobs", "line", "jobId",
                    "mailbox", "to");
            output.message(checked.jobs().size() + " jobs would be published (dry run)");
            return ExitCode.OK;
        }
        KafkaTarget target = kafka.resolve(settings);
        if (common.verbose()) {
            settings.printUsed(context.err());
        }
        PublishResult result = publish(target, checked.jobs());
        result.failures().forEach(failure -> context.err().println("not published: " + failure));
        output.record(summary(checked, campaignId, target.jobsTopic(), result.acknowledged(), result.failures().size()));
        return result.failures().isEmpty() ? ExitCode.OK : ExitCode.FAILED;
    }

    /** Reads the file and checks every row; nothing is sent yet. */
    private Campaign check(String campaignId) {
        CampaignFormat chosen = Optional.ofNullable(format).or(() -> CampaignFormat.ofFile(file)).orElseThrow(() ->
                CliException.usage("cannot tell the format of " + file + " from its extension: give --format csv or jsonl"));
        Path baseDir = Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(Path.of("."));
        JobValidator validator = new JobValidator(ContractLimits.defaults(),
                new CampaignDefaults(campaignId, Optional.ofNullable(mailbox), baseDir), context.clock().instant());
        return Campaign.check(read(), chosen, delimiter, mailbox != null, validator);
    }

    private PublishResult publish(KafkaTarget target, List<ValidJob> jobs) {
        StatusView view = StatusView.on(context.err(), context.terminal(), context.clock(), Duration.ofSeconds(5));
        try (JobPublisher publisher = new JobPublisher(target)) {
            PublishResult result = publisher.publish(jobs, done -> view.show(List.of(bar(done, jobs.size()))));
            view.finish(List.of(bar(jobs.size(), jobs.size())));
            return result;
        }
    }

    private static String bar(int done, int total) {
        return "publishing " + ProgressBar.render(done, total, 30);
    }

    private int refuse(Campaign checked, String campaignId, Output output) {
        String why = checked.fileBroken() ? "the file cannot be read as a campaign"
                : checked.jobs().isEmpty() ? "there is no good row to publish"
                : checked.badRows().size() + " of " + checked.rows() + " rows are bad; --skip-invalid publishes the "
                + checked.jobs().size() + " good ones";
        context.err().println("nothing published: " + why);
        context.err().flush();
        if (output.json()) {
            output.record(summary(checked, campaignId, "(none)", 0, 0));
        }
        return ExitCode.INVALID_INPUT;
    }

    private void report(List<BadRow> badRows) {
        badRows.forEach(row -> row.problems().forEach(problem ->
                context.err().println(file + ":" + row.line() + ": " + problem)));
        context.err().flush();
    }

    private Map<String, Object> summary(Campaign checked, String campaignId, String topic, int published, int failed) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("campaignId", campaignId);
        summary.put("topic", topic);
        summary.put("rows", checked.rows());
        summary.put("published", published);
        summary.put("failed", failed);
        summary.put("badLines", checked.badRows().stream().map(BadRow::line).toList());
        if (common.json()) {
            summary.put("jobIds", published + failed == 0 ? List.of() : checked.jobs().stream().map(ValidJob::jobId).toList());
        }
        return summary;
    }

    private static Map<String, Object> row(ValidJob job) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("line", job.line());
        row.put("jobId", job.jobId());
        row.put("mailbox", job.mailbox());
        row.put("to", job.to());
        return row;
    }

    private String read() {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException notUtf8) {
            throw CliException.usage(file + " is not UTF-8 text");
        } catch (IOException unreadable) {
            throw CliException.usage("cannot read " + file + " (" + unreadable.getClass().getSimpleName() + ")");
        }
    }

    private String fileStem() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
