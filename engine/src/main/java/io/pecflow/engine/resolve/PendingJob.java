package io.pecflow.engine.resolve;

import io.pecflow.engine.event.EventIds;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.job.SendJob;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One job in the resolve stage: which of its tax codes are answered and which of its addresses'
 * domains are judged, and, once all are, what it ends in. Resolve thread only.
 */
final class PendingJob {

    static final String NOT_FOUND = "TrovaPEC found no PEC address for this tax code";

    /**
     * What a finished job publishes.
     *
     * @param events  its RESOLVED, NOT_RESOLVED and REJECTED events, in order
     * @param forward the job to send, to the addresses left; empty when none is (a job REJECTED event is then last)
     */
    record Finished(List<JobEvent> events, Optional<SendJob> forward) {
    }

    final int partition;
    final long offset;
    final SendJob job;
    final long bytes;
    private final Map<String, Optional<String>> answers = new HashMap<>();
    private final Set<String> unchecked = new LinkedHashSet<>();
    private final Map<String, String> refused = new LinkedHashMap<>();

    /** @param check whether the domains of the job's addresses are to be checked */
    PendingJob(int partition, long offset, SendJob job, long bytes, boolean check) {
        this.partition = partition;
        this.offset = offset;
        this.job = job;
        this.bytes = bytes;
        if (check) {
            unchecked.addAll(job.to());
        }
    }

    /** @return the tax codes still without an answer */
    List<String> codesLeft() {
        return job.toTaxCodes().stream().filter(code -> !answers.containsKey(code)).toList();
    }

    /** @return the domains of the addresses still unchecked */
    Set<String> domainsLeft() {
        Set<String> domains = new LinkedHashSet<>();
        unchecked.forEach(address -> domains.add(domainOf(address)));
        return domains;
    }

    /** A tax code's answer: the address found, or none. */
    void answered(String code, Optional<String> address) {
        answers.put(code, address);
    }

    /** A domain's verdict, for every address of it. */
    void judged(String domain, DomainChecks.Verdict verdict) {
        for (String address : List.copyOf(unchecked)) {
            if (domainOf(address).equals(domain)) {
                unchecked.remove(address);
                if (!verdict.certified()) {
                    refused.put(address, "recipient " + address + ": " + verdict.refusal().orElse(domain
                            + " is not a certified (PEC) domain"));
                }
            }
        }
    }

    boolean complete() {
        return unchecked.isEmpty() && answers.size() == job.toTaxCodes().size();
    }

    /** @return the events and the job to forward; only once {@link #complete()} */
    Finished finish(Instant at) {
        List<JobEvent> events = new ArrayList<>();
        Set<String> recipients = new LinkedHashSet<>();
        List<String> lost = new ArrayList<>();
        job.to().stream().filter(address -> !refused.containsKey(address)).forEach(recipients::add);
        for (int i = 0; i < job.toTaxCodes().size(); i++) {
            String code = job.toTaxCodes().get(i);
            Optional<String> address = answers.get(code);
            if (address.isPresent()) {
                events.add(event(EventType.RESOLVED, code, at).withTaxCode(code).withRecipient(address.get()));
                recipients.add(address.get());
            } else {
                events.add(event(EventType.NOT_RESOLVED, code, at).withTaxCode(code).withReason(NOT_FOUND));
                lost.add("toTaxCodes[" + i + "]: " + NOT_FOUND);
            }
        }
        refused.forEach((address, why) -> {
            events.add(event(EventType.REJECTED, address, at).withRecipient(address).withReason(why));
            lost.add(why);
        });
        if (recipients.isEmpty()) {
            events.add(JobEvent.of(EventIds.of(job.jobId(), EventType.REJECTED.name()), job.ref(), EventType.REJECTED, at)
                    .withReason("no recipient left to send to: " + String.join("; ", lost)));
            return new Finished(events, Optional.empty());
        }
        return new Finished(events, Optional.of(job.resolvedTo(List.copyOf(recipients))));
    }

    private JobEvent event(EventType type, String about, Instant at) {
        return JobEvent.of(EventIds.of(job.jobId(), type.name(), about), job.ref(), type, at);
    }

    static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1);
    }
}
