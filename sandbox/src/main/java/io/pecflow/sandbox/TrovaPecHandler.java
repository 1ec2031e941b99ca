package io.pecflow.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * TrovaPEC's one URL, {@code /index_ws.php}: {@code POST} (form fields, or query parameters) books a search
 * ({@code cf}), deletes one ({@code cf-delete}) or reads the balance ({@code saldo}); {@code GET} asks for a
 * result ({@code token}). Every answer is {@code 200 text/plain}, as the service's document shows; the
 * user key is checked by {@link TrovaPec} and never written back. Faults do not apply: it is another
 * provider's service.
 */
final class TrovaPecHandler implements HttpHandler {

    static final String PATH = "/index_ws.php";

    private final TrovaPec trovaPec;

    TrovaPecHandler(TrovaPec trovaPec) {
        this.trovaPec = trovaPec;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        HttpIo.serve(exchange, this::answer, e -> Reply.text(500, "ERROR|errore interno della sandbox"), () -> { });
    }

    private Reply.Answer answer(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals(PATH)) {
            return Reply.text(404, "Not found");
        }
        return switch (exchange.getRequestMethod()) {
            case "GET" -> {
                Map<String, String> query = HttpIo.query(exchange);
                yield ok(trovaPec.poll(query.get("key"), query.get("token")));
            }
            case "POST" -> ok(post(fields(exchange)));
            default -> Reply.withHeader(Reply.text(405, "Method not allowed"), "Allow", "GET, POST");
        };
    }

    /** The form body's fields, then any query parameters not in it. */
    private static Map<String, String> fields(HttpExchange exchange) throws IOException {
        Map<String, String> fields = new HashMap<>(
                HttpIo.form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        HttpIo.query(exchange).forEach(fields::putIfAbsent);
        return fields;
    }

    /** The balance needs only the field's presence; a delete is told by its own field. */
    private TrovaPecAnswer post(Map<String, String> fields) {
        String key = fields.get("key");
        if (fields.containsKey("saldo")) {
            return trovaPec.balance(key);
        }
        if (fields.containsKey("cf-delete")) {
            return trovaPec.delete(key, fields.get("cf-delete"));
        }
        return trovaPec.request(key, fields.get("cf"));
    }

    private static Reply.Answer ok(TrovaPecAnswer answer) {
        return Reply.text(200, answer.line());
    }
}
