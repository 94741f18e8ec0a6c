package io.innovation.pipeline.evaluation.api;

import io.innovation.pipeline.evaluation.domain.Refusal;
import io.innovation.pipeline.platform.web.ConflictException;
import io.innovation.pipeline.platform.web.ForbiddenException;
import io.innovation.pipeline.platform.web.InvalidRequestException;
import io.innovation.pipeline.platform.web.NotFoundException;
import java.util.stream.Collectors;

/** Refusals of the evaluation domain as HTTP answers. */
final class Requests {

    private Requests() {
    }

    /** A refusal of the domain as HTTP: 403, 400, 409 or 404. */
    static RuntimeException refused(Refusal refusal) {
        String detail = refusal.violations().stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
        return switch (refusal.kind()) {
            case FORBIDDEN -> new ForbiddenException(detail);
            case INVALID -> new InvalidRequestException(refusal.violations());
            case CONFLICT -> new ConflictException(detail);
            case NOT_FOUND -> new NotFoundException(detail);
        };
    }
}
