package io.pecflow.sandbox;

/** The provider's seven calls, and what else a request can turn out to be. */
sealed interface ApiRoute {

    /** {@code POST /send} */
    record Send() implements ApiRoute {
    }

    /** {@code GET /send/{code}} */
    record SendStatus(String code) implements ApiRoute {
    }

    /** {@code DELETE /send/{code}} */
    record SendDelete(String code) implements ApiRoute {
    }

    /** {@code GET /inbox} */
    record InboxList() implements ApiRoute {
    }

    /** {@code GET /inbox/{id}} */
    record InboxGet(String id) implements ApiRoute {
    }

    /** {@code DELETE /inbox/{id}} */
    record InboxDelete(String id) implements ApiRoute {
    }

    /** {@code GET /quota/{mailbox}} */
    record Quota(String mailbox) implements ApiRoute {
    }

    /** No such path. */
    record NotFound() implements ApiRoute {
    }

    /** @param allow the methods the path accepts */
    record WrongMethod(String allow) implements ApiRoute {
    }

    /** Matches a decoded path; one trailing slash is ignored. */
    static ApiRoute match(String method, String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int second = p.indexOf('/', 1);
        String head = second < 0 ? p : p.substring(0, second);
        String tail = second < 0 ? null : p.substring(second + 1);
        if (tail != null && (tail.isEmpty() || tail.indexOf('/') >= 0)) {
            return new NotFound();
        }
        return switch (head) {
            case "/send" -> tail == null
                    ? only(method, "POST", new Send())
                    : getOrDelete(method, new SendStatus(tail), new SendDelete(tail));
            case "/inbox" -> tail == null
                    ? only(method, "GET", new InboxList())
                    : getOrDelete(method, new InboxGet(tail), new InboxDelete(tail));
            case "/quota" -> tail == null ? new NotFound() : only(method, "GET", new Quota(tail));
            default -> new NotFound();
        };
    }

    private static ApiRoute only(String method, String allowed, ApiRoute route) {
        return method.equals(allowed) ? route : new WrongMethod(allowed);
    }

    private static ApiRoute getOrDelete(String method, ApiRoute get, ApiRoute delete) {
        return switch (method) {
            case "GET" -> get;
            case "DELETE" -> delete;
            default -> new WrongMethod("GET, DELETE");
        };
    }
}
