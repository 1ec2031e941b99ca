package io.pecflow.cli.pec;

import io.pecflow.adapter.pec.Communication;
import io.pecflow.adapter.pec.CommunicationSummary;
import io.pecflow.adapter.pec.Mailbox;
import io.pecflow.adapter.pec.MailboxSummary;
import io.pecflow.adapter.pec.MailboxUser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The PEC API's answers as ordered field maps, for tables and JSON alike. Secrets are left out:
 * a mailbox's activation code is shown only as whether it exists. Stateless.
 */
final class PecViews {

    private PecViews() {
    }

    static Map<String, Object> mailbox(Mailbox box) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", box.id().value());
        view.put("address", box.address());
        view.put("type", box.type().name());
        view.put("state", box.state().name());
        view.put("domain", box.domain());
        view.put("owner", box.owner());
        view.put("description", box.description());
        view.put("activated", text(box.activationDate()));
        view.put("expires", text(box.expiryDate()));
        view.put("diskMegabytes", box.space().diskMegabytes());
        view.put("archiveMegabytes", box.space().archiveMegabytes());
        view.put("conservationMegabytes", box.space().conservationMegabytes());
        view.put("conservation", box.conservation());
        view.put("archive", box.archive());
        view.put("sms", box.sms());
        view.put("autoRenew", box.autoRenew());
        view.put("activationDocuments", box.activationDocuments());
        view.put("users", box.users().stream().map(MailboxUser::userId).toList());
        view.put("uid", box.uid());
        view.put("hasActivationCode", box.activationCode().isPresent());
        return view;
    }

    static Map<String, Object> mailbox(MailboxSummary box) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", box.id().value());
        view.put("address", box.address());
        view.put("type", box.type().name());
        view.put("state", box.state().name());
        view.put("expires", text(box.expiryDate()));
        view.put("owner", box.owner());
        return view;
    }

    static Map<String, Object> communication(Communication request) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", request.id().value());
        view.put("address", request.address());
        view.put("state", request.state().name());
        view.put("applicantTaxCode", request.applicantTaxCode());
        view.put("firstName", request.firstName());
        view.put("lastName", request.lastName());
        view.put("qualification", text(request.qualification()));
        view.put("email", request.email());
        view.put("mobile", request.mobile());
        view.put("companyName", request.companyName());
        view.put("companyTaxCode", request.companyTaxCode());
        view.put("municipality", request.municipality());
        view.put("province", request.province());
        view.put("registerCode", request.registerCode());
        view.put("registerDocuments", request.registerDocuments());
        view.put("owner", request.owner());
        view.put("updated", text(request.updated()));
        return view;
    }

    static Map<String, Object> communication(CommunicationSummary request) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", request.id().value());
        view.put("address", request.address());
        view.put("state", request.state().name());
        view.put("updated", text(request.updated()));
        view.put("owner", request.owner());
        return view;
    }

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse("");
    }
}
