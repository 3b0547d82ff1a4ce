/**
 * The API's types, generated from the service's OpenAPI document by
 * bin/openapi-types/generate.ts. Do not edit: run `npm run gen:api`.
 */

export interface paths {
    "/api/v1/berichtenbox/bij": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The bij box of your organisation, newest first
         * @description Filters by type, status and the day the notice was made (from/to, Dutch dates, inclusive). Every person listed is recorded in the processing log.
         */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the page before */
                    cursor?: string;
                    /** @description a date, YYYY-MM-DD */
                    from?: string;
                    limit?: number;
                    status?: "delivered" | "read" | "acknowledged" | "forwarded";
                    /** @description a date, YYYY-MM-DD */
                    to?: string;
                    type?: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            notices: {
                                announcedDate: string | null;
                                /** @enum {unknown} */
                                box: "bij" | "reintegration" | "victims";
                                caseNumber: string | null;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                                 */
                                createdAt: string;
                                daysAhead: number | null;
                                /**
                                 * Format: date
                                 * @description the Dutch date of the event the notice is about
                                 */
                                eventDate: string;
                                id: number;
                                /** @description the notice went out after the date it announces (contract 1.1) */
                                late: boolean;
                                name: {
                                    givenNames: string;
                                    surname: string;
                                } | null;
                                sortDate: string | null;
                                /** @enum {unknown} */
                                status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                                supersedes: {
                                    createdAt: string | null;
                                    id: number | null;
                                } | null;
                                /** @enum {unknown} */
                                type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                                victimReference: string | null;
                                window: ("late" | "inside-week" | "in-time") | null;
                            }[];
                            /** @description delivered, not yet opened notices per type, over the whole box */
                            unread: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/bij/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open a notice of the bij box
         * @description The content holds only the fields of the type's field list. The first opening marks a delivered notice read; every opening is recorded in the processing log.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            announcedDate: string | null;
                            /** @enum {unknown} */
                            box: "bij" | "reintegration" | "victims";
                            content: components["schemas"]["NoticeContent"];
                            /**
                             * Format: date-time
                             * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                             */
                            createdAt: string;
                            daysAhead: number | null;
                            /**
                             * Format: date
                             * @description the Dutch date of the event the notice is about
                             */
                            eventDate: string;
                            history: {
                                /** @description confirm, change, route, open, acknowledge, forward, forwarded-in */
                                action: string;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                                 */
                                at: string;
                                by: {
                                    organisation: string;
                                    username: string;
                                };
                                fromRecipient: string | null;
                                fromStatus: string | null;
                                reason: string | null;
                                toRecipient: string | null;
                                toStatus: string;
                            }[];
                            id: number;
                            /** @description the notice went out after the date it announces (contract 1.1) */
                            late: boolean;
                            legalBasis: string;
                            /** @enum {unknown} */
                            status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                            supersedes: {
                                createdAt: string | null;
                                id: number | null;
                            } | null;
                            /** @enum {unknown} */
                            type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                            window: ("late" | "inside-week" | "in-time") | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/bij/{id}/doorsturen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forward a BIJ notice to another municipality
         * @description The notice becomes forwarded; the other municipality gets a delivered copy, linked to it, with the reason in the copy's history.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description CBS code of a current municipality */
                        municipalityCode: string;
                        /** @description why (kept in the history) */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            box: "bij" | "reintegration" | "victims";
                            /** @description the id of the copy in the other municipality's box */
                            forwardedAs?: number;
                            id: number;
                            recipient: string | null;
                            /** @enum {unknown} */
                            status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                            /** @enum {unknown} */
                            type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/bij/{id}/ontvangst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge receipt of a notice of the bij box
         * @description From delivered or read to acknowledged; 409 from any other state.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            box: "bij" | "reintegration" | "victims";
                            /** @description the id of the copy in the other municipality's box */
                            forwardedAs?: number;
                            id: number;
                            recipient: string | null;
                            /** @enum {unknown} */
                            status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                            /** @enum {unknown} */
                            type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/bij/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The bij box's current view as CSV
         * @description The search's filters and order (limit and cursor ignored), at most 5000 notices. Every person exported is recorded in the processing log (berichtenbox-export).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description the date that matters (sortDate) on or after
                         */
                        announcedFrom?: string;
                        /**
                         * Format: date
                         * @description the date that matters (sortDate) on or before
                         */
                        announcedTo?: string;
                        /** @description nextCursor of the page before */
                        cursor?: string;
                        /**
                         * @description default: desc for received (newest first), asc for announced (soonest first)
                         * @enum {unknown}
                         */
                        direction?: "asc" | "desc";
                        /**
                         * Format: date
                         * @description received on or after (Dutch date)
                         */
                        from?: string;
                        /** @default 25 */
                        limit?: number;
                        /** @description part of a name, or exactly an SKN, a BSN or a victim registration's kenmerk, where the box's notices carry that key (BSN: re-integration; SKN and kenmerk: victims) */
                        q?: string;
                        /**
                         * @description announced: by sortDate (a notice without one last); received: by arrival
                         * @default received
                         * @enum {unknown}
                         */
                        sort?: "received" | "announced";
                        /** @enum {unknown} */
                        status?: "delivered" | "read" | "acknowledged" | "forwarded";
                        /**
                         * Format: date
                         * @description received on or before (Dutch date)
                         */
                        to?: string;
                        /** @enum {unknown} */
                        type?: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding";
                    };
                };
            };
            responses: {
                /** @description the notices as CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/bij/ontvangst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge receipt of several notices of the bij box
         * @description Each notice on its own, with its own history row; one that is not in your box or not delivered or read is reported under refused, the others are acknowledged.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledged: {
                                /** @enum {unknown} */
                                box: "bij" | "reintegration" | "victims";
                                /** @description the id of the copy in the other municipality's box */
                                forwardedAs?: number;
                                id: number;
                                recipient: string | null;
                                /** @enum {unknown} */
                                status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                                /** @enum {unknown} */
                                type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                            }[];
                            refused: {
                                id: number;
                                /**
                                 * @description not-found: not in your box; invalid-state: only a delivered or read notice can be acknowledged
                                 * @enum {unknown}
                                 */
                                reason: "not-found" | "invalid-state";
                                status: ("awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded") | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/bij/persoon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Every notice of one person in the bij box
         * @description The person of one of the box's notices (noticeId), or by SKN; at most 100, the date that matters last first. 404 when the notice is not in your box.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        noticeId: number;
                    } | {
                        /** @description the strafrechtketennummer */
                        skn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            notices: {
                                announcedDate: string | null;
                                /** @enum {unknown} */
                                box: "bij" | "reintegration" | "victims";
                                caseNumber: string | null;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                                 */
                                createdAt: string;
                                daysAhead: number | null;
                                /**
                                 * Format: date
                                 * @description the Dutch date of the event the notice is about
                                 */
                                eventDate: string;
                                id: number;
                                /** @description the notice went out after the date it announces (contract 1.1) */
                                late: boolean;
                                name: {
                                    givenNames: string;
                                    surname: string;
                                } | null;
                                sortDate: string | null;
                                /** @enum {unknown} */
                                status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                                supersedes: {
                                    createdAt: string | null;
                                    id: number | null;
                                } | null;
                                /** @enum {unknown} */
                                type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                                victimReference: string | null;
                                window: ("late" | "inside-week" | "in-time") | null;
                            }[];
                            /** @description delivered, not yet opened notices per type, over the whole box */
                            unread: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/bij/zoeken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search and sort the bij box of your organisation
         * @description The list's filters, a name or key (q) and the order, in the body: no BSN or SKN in a URL. The same page as the list; every person listed is recorded in the processing log.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description the date that matters (sortDate) on or after
                         */
                        announcedFrom?: string;
                        /**
                         * Format: date
                         * @description the date that matters (sortDate) on or before
                         */
                        announcedTo?: string;
                        /** @description nextCursor of the page before */
                        cursor?: string;
                        /**
                         * @description default: desc for received (newest first), asc for announced (soonest first)
                         * @enum {unknown}
                         */
                        direction?: "asc" | "desc";
                        /**
                         * Format: date
                         * @description received on or after (Dutch date)
                         */
                        from?: string;
                        /** @default 25 */
                        limit?: number;
                        /** @description part of a name, or exactly an SKN, a BSN or a victim registration's kenmerk, where the box's notices carry that key (BSN: re-integration; SKN and kenmerk: victims) */
                        q?: string;
                        /**
                         * @description announced: by sortDate (a notice without one last); received: by arrival
                         * @default received
                         * @enum {unknown}
                         */
                        sort?: "received" | "announced";
                        /** @enum {unknown} */
                        status?: "delivered" | "read" | "acknowledged" | "forwarded";
                        /**
                         * Format: date
                         * @description received on or before (Dutch date)
                         */
                        to?: string;
                        /** @enum {unknown} */
                        type?: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            notices: {
                                announcedDate: string | null;
                                /** @enum {unknown} */
                                box: "bij" | "reintegration" | "victims";
                                caseNumber: string | null;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                                 */
                                createdAt: string;
                                daysAhead: number | null;
                                /**
                                 * Format: date
                                 * @description the Dutch date of the event the notice is about
                                 */
                                eventDate: string;
                                id: number;
                                /** @description the notice went out after the date it announces (contract 1.1) */
                                late: boolean;
                                name: {
                                    givenNames: string;
                                    surname: string;
                                } | null;
                                sortDate: string | null;
                                /** @enum {unknown} */
                                status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                                supersedes: {
                                    createdAt: string | null;
                                    id: number | null;
                                } | null;
                                /** @enum {unknown} */
                                type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                                victimReference: string | null;
                                window: ("late" | "inside-week" | "in-time") | null;
                            }[];
                            /** @description delivered, not yet opened notices per type, over the whole box */
                            unread: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/reintegration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reintegration box of your organisation, newest first
         * @description Filters by type, status and the day the notice was made (from/to, Dutch dates, inclusive). Every person listed is recorded in the processing log.
         */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the page before */
                    cursor?: string;
                    /** @description a date, YYYY-MM-DD */
                    from?: string;
                    limit?: number;
                    status?: "delivered" | "read" | "acknowledged" | "forwarded";
                    /** @description a date, YYYY-MM-DD */
                    to?: string;
                    type?: "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            notices: {
                                announcedDate: string | null;
                                /** @enum {unknown} */
                                box: "bij" | "reintegration" | "victims";
                                caseNumber: string | null;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                                 */
                                createdAt: string;
                                daysAhead: number | null;
                                /**
                                 * Format: date
                                 * @description the Dutch date of the event the notice is about
                                 */
                                eventDate: string;
                                id: number;
                                /** @description the notice went out after the date it announces (contract 1.1) */
                                late: boolean;
                                name: {
                                    givenNames: string;
                                    surname: string;
                                } | null;
                                sortDate: string | null;
                                /** @enum {unknown} */
                                status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                                supersedes: {
                                    createdAt: string | null;
                                    id: number | null;
                                } | null;
                                /** @enum {unknown} */
                                type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                                victimReference: string | null;
                                window: ("late" | "inside-week" | "in-time") | null;
                            }[];
                            /** @description delivered, not yet opened notices per type, over the whole box */
                            unread: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/reintegration/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open a notice of the reintegration box
         * @description The content holds only the fields of the type's field list. The first opening marks a delivered notice read; every opening is recorded in the processing log.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            announcedDate: string | null;
                            /** @enum {unknown} */
                            box: "bij" | "reintegration" | "victims";
                            content: components["schemas"]["NoticeContent"];
                            /**
                             * Format: date-time
                             * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                             */
                            createdAt: string;
                            daysAhead: number | null;
                            /**
                             * Format: date
                             * @description the Dutch date of the event the notice is about
                             */
                            eventDate: string;
                            history: {
                                /** @description confirm, change, route, open, acknowledge, forward, forwarded-in */
                                action: string;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                                 */
                                at: string;
                                by: {
                                    organisation: string;
                                    username: string;
                                };
                                fromRecipient: string | null;
                                fromStatus: string | null;
                                reason: string | null;
                                toRecipient: string | null;
                                toStatus: string;
                            }[];
                            id: number;
                            /** @description the notice went out after the date it announces (contract 1.1) */
                            late: boolean;
                            legalBasis: string;
                            /** @enum {unknown} */
                            status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                            supersedes: {
                                createdAt: string | null;
                                id: number | null;
                            } | null;
                            /** @enum {unknown} */
                            type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                            window: ("late" | "inside-week" | "in-time") | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/reintegration/{id}/ontvangst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge receipt of a notice of the reintegration box
         * @description From delivered or read to acknowledged; 409 from any other state.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            box: "bij" | "reintegration" | "victims";
                            /** @description the id of the copy in the other municipality's box */
                            forwardedAs?: number;
                            id: number;
                            recipient: string | null;
                            /** @enum {unknown} */
                            status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                            /** @enum {unknown} */
                            type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/reintegration/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The reintegration box's current view as CSV
         * @description The search's filters and order (limit and cursor ignored), at most 5000 notices. Every person exported is recorded in the processing log (berichtenbox-export).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description the date that matters (sortDate) on or after
                         */
                        announcedFrom?: string;
                        /**
                         * Format: date
                         * @description the date that matters (sortDate) on or before
                         */
                        announcedTo?: string;
                        /** @description nextCursor of the page before */
                        cursor?: string;
                        /**
                         * @description default: desc for received (newest first), asc for announced (soonest first)
                         * @enum {unknown}
                         */
                        direction?: "asc" | "desc";
                        /**
                         * Format: date
                         * @description received on or after (Dutch date)
                         */
                        from?: string;
                        /** @default 25 */
                        limit?: number;
                        /** @description part of a name, or exactly an SKN, a BSN or a victim registration's kenmerk, where the box's notices carry that key (BSN: re-integration; SKN and kenmerk: victims) */
                        q?: string;
                        /**
                         * @description announced: by sortDate (a notice without one last); received: by arrival
                         * @default received
                         * @enum {unknown}
                         */
                        sort?: "received" | "announced";
                        /** @enum {unknown} */
                        status?: "delivered" | "read" | "acknowledged" | "forwarded";
                        /**
                         * Format: date
                         * @description received on or before (Dutch date)
                         */
                        to?: string;
                        /** @enum {unknown} */
                        type?: "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie";
                    };
                };
            };
            responses: {
                /** @description the notices as CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/reintegration/ontvangst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge receipt of several notices of the reintegration box
         * @description Each notice on its own, with its own history row; one that is not in your box or not delivered or read is reported under refused, the others are acknowledged.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledged: {
                                /** @enum {unknown} */
                                box: "bij" | "reintegration" | "victims";
                                /** @description the id of the copy in the other municipality's box */
                                forwardedAs?: number;
                                id: number;
                                recipient: string | null;
                                /** @enum {unknown} */
                                status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                                /** @enum {unknown} */
                                type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                            }[];
                            refused: {
                                id: number;
                                /**
                                 * @description not-found: not in your box; invalid-state: only a delivered or read notice can be acknowledged
                                 * @enum {unknown}
                                 */
                                reason: "not-found" | "invalid-state";
                                status: ("awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded") | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/reintegration/persoon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Every notice of one person in the reintegration box
         * @description The person of one of the box's notices (noticeId), or by SKN; at most 100, the date that matters last first. 404 when the notice is not in your box.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        noticeId: number;
                    } | {
                        /** @description the strafrechtketennummer */
                        skn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            notices: {
                                announcedDate: string | null;
                                /** @enum {unknown} */
                                box: "bij" | "reintegration" | "victims";
                                caseNumber: string | null;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                                 */
                                createdAt: string;
                                daysAhead: number | null;
                                /**
                                 * Format: date
                                 * @description the Dutch date of the event the notice is about
                                 */
                                eventDate: string;
                                id: number;
                                /** @description the notice went out after the date it announces (contract 1.1) */
                                late: boolean;
                                name: {
                                    givenNames: string;
                                    surname: string;
                                } | null;
                                sortDate: string | null;
                                /** @enum {unknown} */
                                status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                                supersedes: {
                                    createdAt: string | null;
                                    id: number | null;
                                } | null;
                                /** @enum {unknown} */
                                type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                                victimReference: string | null;
                                window: ("late" | "inside-week" | "in-time") | null;
                            }[];
                            /** @description delivered, not yet opened notices per type, over the whole box */
                            unread: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/reintegration/vrijlatingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Releases in the coming weeks, for aftercare
         * @description The persons of your re-integration box still detained whose planned end date falls from today to `weeks` ahead, the soonest first. Every person listed is recorded in the processing log.
         */
        get: {
            parameters: {
                query?: {
                    weeks?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date
                             * @description today (Dutch date)
                             */
                            from: string;
                            releases: {
                                birthDate: string | null;
                                bsn: string | null;
                                /** @description plannedEndDate minus today */
                                daysLeft: number;
                                institution: {
                                    code: string;
                                    contact?: {
                                        phone: string | null;
                                        url: string | null;
                                    };
                                    name: string;
                                } | null;
                                name: {
                                    givenNames: string;
                                    surname: string;
                                } | null;
                                /** @description the newest notice of the person in this box */
                                noticeId: number;
                                /**
                                 * Format: date
                                 * @description a date, YYYY-MM-DD
                                 */
                                plannedEndDate: string;
                            }[];
                            /**
                             * Format: date
                             * @description the last day of the window
                             */
                            to: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/reintegration/zoeken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search and sort the reintegration box of your organisation
         * @description The list's filters, a name or key (q) and the order, in the body: no BSN or SKN in a URL. The same page as the list; every person listed is recorded in the processing log.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description the date that matters (sortDate) on or after
                         */
                        announcedFrom?: string;
                        /**
                         * Format: date
                         * @description the date that matters (sortDate) on or before
                         */
                        announcedTo?: string;
                        /** @description nextCursor of the page before */
                        cursor?: string;
                        /**
                         * @description default: desc for received (newest first), asc for announced (soonest first)
                         * @enum {unknown}
                         */
                        direction?: "asc" | "desc";
                        /**
                         * Format: date
                         * @description received on or after (Dutch date)
                         */
                        from?: string;
                        /** @default 25 */
                        limit?: number;
                        /** @description part of a name, or exactly an SKN, a BSN or a victim registration's kenmerk, where the box's notices carry that key (BSN: re-integration; SKN and kenmerk: victims) */
                        q?: string;
                        /**
                         * @description announced: by sortDate (a notice without one last); received: by arrival
                         * @default received
                         * @enum {unknown}
                         */
                        sort?: "received" | "announced";
                        /** @enum {unknown} */
                        status?: "delivered" | "read" | "acknowledged" | "forwarded";
                        /**
                         * Format: date
                         * @description received on or before (Dutch date)
                         */
                        to?: string;
                        /** @enum {unknown} */
                        type?: "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            notices: {
                                announcedDate: string | null;
                                /** @enum {unknown} */
                                box: "bij" | "reintegration" | "victims";
                                caseNumber: string | null;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                                 */
                                createdAt: string;
                                daysAhead: number | null;
                                /**
                                 * Format: date
                                 * @description the Dutch date of the event the notice is about
                                 */
                                eventDate: string;
                                id: number;
                                /** @description the notice went out after the date it announces (contract 1.1) */
                                late: boolean;
                                name: {
                                    givenNames: string;
                                    surname: string;
                                } | null;
                                sortDate: string | null;
                                /** @enum {unknown} */
                                status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                                supersedes: {
                                    createdAt: string | null;
                                    id: number | null;
                                } | null;
                                /** @enum {unknown} */
                                type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                                victimReference: string | null;
                                window: ("late" | "inside-week" | "in-time") | null;
                            }[];
                            /** @description delivered, not yet opened notices per type, over the whole box */
                            unread: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/victims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The victims box of your organisation, newest first
         * @description Filters by type, status and the day the notice was made (from/to, Dutch dates, inclusive). Every person listed is recorded in the processing log.
         */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the page before */
                    cursor?: string;
                    /** @description a date, YYYY-MM-DD */
                    from?: string;
                    limit?: number;
                    status?: "delivered" | "read" | "acknowledged" | "forwarded";
                    /** @description a date, YYYY-MM-DD */
                    to?: string;
                    type?: "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            notices: {
                                announcedDate: string | null;
                                /** @enum {unknown} */
                                box: "bij" | "reintegration" | "victims";
                                caseNumber: string | null;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                                 */
                                createdAt: string;
                                daysAhead: number | null;
                                /**
                                 * Format: date
                                 * @description the Dutch date of the event the notice is about
                                 */
                                eventDate: string;
                                id: number;
                                /** @description the notice went out after the date it announces (contract 1.1) */
                                late: boolean;
                                name: {
                                    givenNames: string;
                                    surname: string;
                                } | null;
                                sortDate: string | null;
                                /** @enum {unknown} */
                                status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                                supersedes: {
                                    createdAt: string | null;
                                    id: number | null;
                                } | null;
                                /** @enum {unknown} */
                                type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                                victimReference: string | null;
                                window: ("late" | "inside-week" | "in-time") | null;
                            }[];
                            /** @description delivered, not yet opened notices per type, over the whole box */
                            unread: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/victims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open a notice of the victims box
         * @description The content holds only the fields of the type's field list. The first opening marks a delivered notice read; every opening is recorded in the processing log.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            announcedDate: string | null;
                            /** @enum {unknown} */
                            box: "bij" | "reintegration" | "victims";
                            content: components["schemas"]["NoticeContent"];
                            /**
                             * Format: date-time
                             * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                             */
                            createdAt: string;
                            daysAhead: number | null;
                            /**
                             * Format: date
                             * @description the Dutch date of the event the notice is about
                             */
                            eventDate: string;
                            history: {
                                /** @description confirm, change, route, open, acknowledge, forward, forwarded-in */
                                action: string;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                                 */
                                at: string;
                                by: {
                                    organisation: string;
                                    username: string;
                                };
                                fromRecipient: string | null;
                                fromStatus: string | null;
                                reason: string | null;
                                toRecipient: string | null;
                                toStatus: string;
                            }[];
                            id: number;
                            /** @description the notice went out after the date it announces (contract 1.1) */
                            late: boolean;
                            legalBasis: string;
                            /** @enum {unknown} */
                            status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                            supersedes: {
                                createdAt: string | null;
                                id: number | null;
                            } | null;
                            /** @enum {unknown} */
                            type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                            window: ("late" | "inside-week" | "in-time") | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/victims/{id}/ontvangst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge receipt of a notice of the victims box
         * @description From delivered or read to acknowledged; 409 from any other state.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            box: "bij" | "reintegration" | "victims";
                            /** @description the id of the copy in the other municipality's box */
                            forwardedAs?: number;
                            id: number;
                            recipient: string | null;
                            /** @enum {unknown} */
                            status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                            /** @enum {unknown} */
                            type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/victims/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The victims box's current view as CSV
         * @description The search's filters and order (limit and cursor ignored), at most 5000 notices. Every person exported is recorded in the processing log (berichtenbox-export).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description the date that matters (sortDate) on or after
                         */
                        announcedFrom?: string;
                        /**
                         * Format: date
                         * @description the date that matters (sortDate) on or before
                         */
                        announcedTo?: string;
                        /** @description nextCursor of the page before */
                        cursor?: string;
                        /**
                         * @description default: desc for received (newest first), asc for announced (soonest first)
                         * @enum {unknown}
                         */
                        direction?: "asc" | "desc";
                        /**
                         * Format: date
                         * @description received on or after (Dutch date)
                         */
                        from?: string;
                        /** @default 25 */
                        limit?: number;
                        /** @description part of a name, or exactly an SKN, a BSN or a victim registration's kenmerk, where the box's notices carry that key (BSN: re-integration; SKN and kenmerk: victims) */
                        q?: string;
                        /**
                         * @description announced: by sortDate (a notice without one last); received: by arrival
                         * @default received
                         * @enum {unknown}
                         */
                        sort?: "received" | "announced";
                        /** @enum {unknown} */
                        status?: "delivered" | "read" | "acknowledged" | "forwarded";
                        /**
                         * Format: date
                         * @description received on or before (Dutch date)
                         */
                        to?: string;
                        /** @enum {unknown} */
                        type?: "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                    };
                };
            };
            responses: {
                /** @description the notices as CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/victims/ontvangst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge receipt of several notices of the victims box
         * @description Each notice on its own, with its own history row; one that is not in your box or not delivered or read is reported under refused, the others are acknowledged.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledged: {
                                /** @enum {unknown} */
                                box: "bij" | "reintegration" | "victims";
                                /** @description the id of the copy in the other municipality's box */
                                forwardedAs?: number;
                                id: number;
                                recipient: string | null;
                                /** @enum {unknown} */
                                status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                                /** @enum {unknown} */
                                type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                            }[];
                            refused: {
                                id: number;
                                /**
                                 * @description not-found: not in your box; invalid-state: only a delivered or read notice can be acknowledged
                                 * @enum {unknown}
                                 */
                                reason: "not-found" | "invalid-state";
                                status: ("awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded") | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/victims/persoon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Every notice of one person in the victims box
         * @description The person of one of the box's notices (noticeId), or by SKN; at most 100, the date that matters last first. 404 when the notice is not in your box.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        noticeId: number;
                    } | {
                        /** @description the strafrechtketennummer */
                        skn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            notices: {
                                announcedDate: string | null;
                                /** @enum {unknown} */
                                box: "bij" | "reintegration" | "victims";
                                caseNumber: string | null;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                                 */
                                createdAt: string;
                                daysAhead: number | null;
                                /**
                                 * Format: date
                                 * @description the Dutch date of the event the notice is about
                                 */
                                eventDate: string;
                                id: number;
                                /** @description the notice went out after the date it announces (contract 1.1) */
                                late: boolean;
                                name: {
                                    givenNames: string;
                                    surname: string;
                                } | null;
                                sortDate: string | null;
                                /** @enum {unknown} */
                                status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                                supersedes: {
                                    createdAt: string | null;
                                    id: number | null;
                                } | null;
                                /** @enum {unknown} */
                                type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                                victimReference: string | null;
                                window: ("late" | "inside-week" | "in-time") | null;
                            }[];
                            /** @description delivered, not yet opened notices per type, over the whole box */
                            unread: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichtenbox/victims/zoeken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search and sort the victims box of your organisation
         * @description The list's filters, a name or key (q) and the order, in the body: no BSN or SKN in a URL. The same page as the list; every person listed is recorded in the processing log.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description the date that matters (sortDate) on or after
                         */
                        announcedFrom?: string;
                        /**
                         * Format: date
                         * @description the date that matters (sortDate) on or before
                         */
                        announcedTo?: string;
                        /** @description nextCursor of the page before */
                        cursor?: string;
                        /**
                         * @description default: desc for received (newest first), asc for announced (soonest first)
                         * @enum {unknown}
                         */
                        direction?: "asc" | "desc";
                        /**
                         * Format: date
                         * @description received on or after (Dutch date)
                         */
                        from?: string;
                        /** @default 25 */
                        limit?: number;
                        /** @description part of a name, or exactly an SKN, a BSN or a victim registration's kenmerk, where the box's notices carry that key (BSN: re-integration; SKN and kenmerk: victims) */
                        q?: string;
                        /**
                         * @description announced: by sortDate (a notice without one last); received: by arrival
                         * @default received
                         * @enum {unknown}
                         */
                        sort?: "received" | "announced";
                        /** @enum {unknown} */
                        status?: "delivered" | "read" | "acknowledged" | "forwarded";
                        /**
                         * Format: date
                         * @description received on or before (Dutch date)
                         */
                        to?: string;
                        /** @enum {unknown} */
                        type?: "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            notices: {
                                announcedDate: string | null;
                                /** @enum {unknown} */
                                box: "bij" | "reintegration" | "victims";
                                caseNumber: string | null;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                                 */
                                createdAt: string;
                                daysAhead: number | null;
                                /**
                                 * Format: date
                                 * @description the Dutch date of the event the notice is about
                                 */
                                eventDate: string;
                                id: number;
                                /** @description the notice went out after the date it announces (contract 1.1) */
                                late: boolean;
                                name: {
                                    givenNames: string;
                                    surname: string;
                                } | null;
                                sortDate: string | null;
                                /** @enum {unknown} */
                                status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                                supersedes: {
                                    createdAt: string | null;
                                    id: number | null;
                                } | null;
                                /** @enum {unknown} */
                                type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                                victimReference: string | null;
                                window: ("late" | "inside-week" | "in-time") | null;
                            }[];
                            /** @description delivered, not yet opened notices per type, over the whole box */
                            unread: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deelname": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every municipality with its participation per box on a date (administrators)
         * @description The status is what the routing does with a notice for that box on the date: into the box (participating), or to the operators (not-participating, no-active-user).
         */
        get: {
            parameters: {
                query?: {
                    /** @description the state on this date; today (Dutch time) when left out */
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            boxes: {
                                bij: {
                                    /** @description users of the municipality holding the box role, not disabled */
                                    activeUsers: number;
                                    current: components["schemas"]["ParticipationRegistration"] | null;
                                    status: "participating" | "not-participating" | "no-active-user";
                                    upcoming: components["schemas"]["ParticipationRegistration"] | null;
                                };
                                reintegration: {
                                    /** @description users of the municipality holding the box role, not disabled */
                                    activeUsers: number;
                                    current: components["schemas"]["ParticipationRegistration"] | null;
                                    status: "participating" | "not-participating" | "no-active-user";
                                    upcoming: components["schemas"]["ParticipationRegistration"] | null;
                                };
                            };
                            code: string;
                            name: string;
                            province: string;
                        }[];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a municipality for a box from a date (administrators)
         * @description Re-integration needs the authorisation signed by the mayor (reference and date, signed on or before the start). Refused (422, nothing stored) for an unknown or ceased municipality and for a start while another registration of the box is not ended by then.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        authorisation?: {
                            /**
                             * Format: date
                             * @description a date, YYYY-MM-DD
                             */
                            date: string;
                            /** @description the mayor's authorisation */
                            reference: string;
                        };
                        box: "bij" | "reintegration";
                        /**
                         * Format: date
                         * @description a date, YYYY-MM-DD
                         */
                        from: string;
                        /** @description CBS code, GM + 4 digits */
                        municipalityCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParticipationRegistration"];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deelname/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A municipality's participation: its state and every registration and end (administrators) */
        get: {
            parameters: {
                query?: {
                    /** @description the state on this date; today (Dutch time) when left out */
                    date?: string;
                };
                header?: never;
                path: {
                    /** @description CBS code, GM + 4 digits */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            boxes: {
                                bij: {
                                    /** @description users of the municipality holding the box role, not disabled */
                                    activeUsers: number;
                                    current: components["schemas"]["ParticipationRegistration"] | null;
                                    status: "participating" | "not-participating" | "no-active-user";
                                    upcoming: components["schemas"]["ParticipationRegistration"] | null;
                                };
                                reintegration: {
                                    /** @description users of the municipality holding the box role, not disabled */
                                    activeUsers: number;
                                    current: components["schemas"]["ParticipationRegistration"] | null;
                                    status: "participating" | "not-participating" | "no-active-user";
                                    upcoming: components["schemas"]["ParticipationRegistration"] | null;
                                };
                            };
                            code: string;
                            name: string;
                            province: string;
                            registrations: components["schemas"]["ParticipationRegistration"][];
                            /**
                             * Format: date
                             * @description a date, YYYY-MM-DD
                             */
                            validFrom: string;
                            validUntil: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deelname/registraties/{id}/einde": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a participation from a date, with a reason (administrators)
         * @description From `until` on (the first day no longer in force) notices for the box go to the operators. An end on the start date withdraws a registration made in error. A registration ends once (409).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /**
                         * Format: date
                         * @description a date, YYYY-MM-DD
                         */
                        until: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParticipationRegistration"];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver events (contract version 1)
         * @description One event or an array of events, per ../shared/contracts/events.md. The delivery is stored all or nothing. A known (source, eventId) with the same content is a duplicate; with other content the delivery is refused with 409 EVENT_ID_CONFLICT, naming the fields that differ. The token's source must be the source of every event.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": ({
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        birthDate: string;
                        bsn?: string;
                        eventId: string;
                        /** @enum {unknown} */
                        gender: "M" | "V" | "O";
                        givenNames: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "SKDB";
                        surname: string;
                        /** @enum {string} */
                        type: "person-registered";
                    } | {
                        city: string;
                        eventId: string;
                        houseNumber: string;
                        /** @description CBS municipality code */
                        municipalityCode: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        postalCode: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "SKDB";
                        street: string;
                        /** @enum {string} */
                        type: "address-registered";
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        validFrom: string;
                    } | {
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                         */
                        determinedAt: string;
                        eventId: string;
                        /** @enum {unknown} */
                        method: "fingerprints" | "identity-document" | "statement";
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        organisation: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "SKDB";
                        /** @enum {string} */
                        type: "identity-determined";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        plannedEndDate?: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        title: {
                            /** @description parketnummer */
                            caseNumber?: string;
                            /** @description onherroepelijk; absent means not (yet) irrevocable */
                            irrevocable?: boolean;
                            /** @enum {unknown} */
                            kind: "pre-trial" | "prison-sentence" | "substitute-detention" | "tbs-dwangverpleging" | "pij";
                            /** @description law articles, e.g. "Sr 242" */
                            offences?: string[];
                            sentenceDays?: number;
                        };
                        /** @enum {string} */
                        type: "admission";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        plannedEndDate: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        /** @enum {string} */
                        type: "planned-end-date-changed";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        /** @description Institution code from the reference data */
                        toInstitution: string;
                        /** @enum {string} */
                        type: "transfer";
                    } | {
                        /** @description version 1: the detainee consented to sharing the D&R information sheet; the shareable D&R plan needs no consent since 2023, so it is kept as information only */
                        consent?: boolean;
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /** @description an extension to the contract: the municipality where the person intends to settle, when the D&R plan says so */
                        intendedMunicipalityCode?: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        /** @enum {string} */
                        type: "dr-plan-shared";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        leaveAddress: {
                            city: string;
                            houseNumber: string;
                            /** @description CBS municipality code */
                            municipalityCode: string;
                            postalCode: string;
                            street: string;
                        };
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        leaveFrom: string;
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        leaveUntil: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "MITS";
                        /** @enum {string} */
                        type: "leave-granted";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        leaveAddress: {
                            city: string;
                            houseNumber: string;
                            /** @description CBS municipality code */
                            municipalityCode: string;
                            postalCode: string;
                            street: string;
                        };
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        leaveFrom: string;
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        leaveUntil?: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "JVS";
                        /** @enum {string} */
                        type: "leave-authorization";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        leaveAddress: {
                            city: string;
                            houseNumber: string;
                            /** @description CBS municipality code */
                            municipalityCode: string;
                            postalCode: string;
                            street: string;
                        };
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        phaseFrom: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW";
                        /** @enum {string} */
                        type: "regime-phasing";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "MITS";
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        terminationDate: string;
                        /** @enum {string} */
                        type: "conditional-termination";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        releaseDate: string;
                        risk18b?: {
                            domains: ("zeden" | "geweld")[];
                        };
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        /** @enum {string} */
                        type: "release-scheduled";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        releaseDate: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        /** @enum {string} */
                        type: "release";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        /** @enum {string} */
                        type: "escape";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        /** @enum {string} */
                        type: "returned";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        title: {
                            /** @description parketnummer */
                            caseNumber?: string;
                            /** @description onherroepelijk; absent means not (yet) irrevocable */
                            irrevocable?: boolean;
                            /** @enum {unknown} */
                            kind: "pre-trial" | "prison-sentence" | "substitute-detention" | "tbs-dwangverpleging" | "pij";
                            /** @description law articles, e.g. "Sr 242" */
                            offences?: string[];
                            sentenceDays?: number;
                        };
                        /** @enum {string} */
                        type: "title-added";
                    } | {
                        /** @description parketnummer */
                        caseNumber: string;
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        title: {
                            /** @description parketnummer */
                            caseNumber?: string;
                            /** @description onherroepelijk; absent means not (yet) irrevocable */
                            irrevocable?: boolean;
                            /** @enum {unknown} */
                            kind: "pre-trial" | "prison-sentence" | "substitute-detention" | "tbs-dwangverpleging" | "pij";
                            /** @description law articles, e.g. "Sr 242" */
                            offences?: string[];
                            sentenceDays?: number;
                        };
                        /** @enum {string} */
                        type: "title-changed";
                    } | {
                        /** @description parketnummer */
                        caseNumber: string;
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        /** @enum {string} */
                        type: "title-ended";
                    } | {
                        /** @description parketnummer */
                        caseNumber: string;
                        eventId: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "CJIB";
                        /** @enum {string} */
                        type: "victim-registered";
                        victimReference: string;
                    } | {
                        /** @description the amount the offender must pay this victim, in euro cents */
                        amountCents: number;
                        /** @description parketnummer */
                        caseNumber: string;
                        eventId: string;
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        irrevocableOn: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description law articles, e.g. "Sr 300" */
                        offences?: string[];
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "CJIB";
                        /** @enum {string} */
                        type: "compensation-order";
                        /** @enum {unknown} */
                        victimKind: "natural-person" | "legal-person";
                        victimReference: string;
                    } | {
                        /** @description the amount paid, in euro cents */
                        amountCents: number;
                        /** @description parketnummer */
                        caseNumber: string;
                        eventId: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        paidOn: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "CJIB";
                        /** @enum {string} */
                        type: "compensation-payment";
                        victimReference: string;
                    }) | ({
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        birthDate: string;
                        bsn?: string;
                        eventId: string;
                        /** @enum {unknown} */
                        gender: "M" | "V" | "O";
                        givenNames: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "SKDB";
                        surname: string;
                        /** @enum {string} */
                        type: "person-registered";
                    } | {
                        city: string;
                        eventId: string;
                        houseNumber: string;
                        /** @description CBS municipality code */
                        municipalityCode: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        postalCode: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "SKDB";
                        street: string;
                        /** @enum {string} */
                        type: "address-registered";
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        validFrom: string;
                    } | {
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                         */
                        determinedAt: string;
                        eventId: string;
                        /** @enum {unknown} */
                        method: "fingerprints" | "identity-document" | "statement";
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        organisation: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "SKDB";
                        /** @enum {string} */
                        type: "identity-determined";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        plannedEndDate?: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        title: {
                            /** @description parketnummer */
                            caseNumber?: string;
                            /** @description onherroepelijk; absent means not (yet) irrevocable */
                            irrevocable?: boolean;
                            /** @enum {unknown} */
                            kind: "pre-trial" | "prison-sentence" | "substitute-detention" | "tbs-dwangverpleging" | "pij";
                            /** @description law articles, e.g. "Sr 242" */
                            offences?: string[];
                            sentenceDays?: number;
                        };
                        /** @enum {string} */
                        type: "admission";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        plannedEndDate: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        /** @enum {string} */
                        type: "planned-end-date-changed";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        /** @description Institution code from the reference data */
                        toInstitution: string;
                        /** @enum {string} */
                        type: "transfer";
                    } | {
                        /** @description version 1: the detainee consented to sharing the D&R information sheet; the shareable D&R plan needs no consent since 2023, so it is kept as information only */
                        consent?: boolean;
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /** @description an extension to the contract: the municipality where the person intends to settle, when the D&R plan says so */
                        intendedMunicipalityCode?: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        /** @enum {string} */
                        type: "dr-plan-shared";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        leaveAddress: {
                            city: string;
                            houseNumber: string;
                            /** @description CBS municipality code */
                            municipalityCode: string;
                            postalCode: string;
                            street: string;
                        };
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        leaveFrom: string;
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        leaveUntil: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "MITS";
                        /** @enum {string} */
                        type: "leave-granted";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        leaveAddress: {
                            city: string;
                            houseNumber: string;
                            /** @description CBS municipality code */
                            municipalityCode: string;
                            postalCode: string;
                            street: string;
                        };
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        leaveFrom: string;
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        leaveUntil?: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "JVS";
                        /** @enum {string} */
                        type: "leave-authorization";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        leaveAddress: {
                            city: string;
                            houseNumber: string;
                            /** @description CBS municipality code */
                            municipalityCode: string;
                            postalCode: string;
                            street: string;
                        };
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        phaseFrom: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW";
                        /** @enum {string} */
                        type: "regime-phasing";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "MITS";
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        terminationDate: string;
                        /** @enum {string} */
                        type: "conditional-termination";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        releaseDate: string;
                        risk18b?: {
                            domains: ("zeden" | "geweld")[];
                        };
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        /** @enum {string} */
                        type: "release-scheduled";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        releaseDate: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        /** @enum {string} */
                        type: "release";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        /** @enum {string} */
                        type: "escape";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        /** @enum {string} */
                        type: "returned";
                    } | {
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        title: {
                            /** @description parketnummer */
                            caseNumber?: string;
                            /** @description onherroepelijk; absent means not (yet) irrevocable */
                            irrevocable?: boolean;
                            /** @enum {unknown} */
                            kind: "pre-trial" | "prison-sentence" | "substitute-detention" | "tbs-dwangverpleging" | "pij";
                            /** @description law articles, e.g. "Sr 242" */
                            offences?: string[];
                            sentenceDays?: number;
                        };
                        /** @enum {string} */
                        type: "title-added";
                    } | {
                        /** @description parketnummer */
                        caseNumber: string;
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        title: {
                            /** @description parketnummer */
                            caseNumber?: string;
                            /** @description onherroepelijk; absent means not (yet) irrevocable */
                            irrevocable?: boolean;
                            /** @enum {unknown} */
                            kind: "pre-trial" | "prison-sentence" | "substitute-detention" | "tbs-dwangverpleging" | "pij";
                            /** @description law articles, e.g. "Sr 242" */
                            offences?: string[];
                            sentenceDays?: number;
                        };
                        /** @enum {string} */
                        type: "title-changed";
                    } | {
                        /** @description parketnummer */
                        caseNumber: string;
                        eventId: string;
                        /** @description Institution code from the reference data */
                        institution: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "TULP-GW" | "JVS" | "MITS";
                        /** @enum {string} */
                        type: "title-ended";
                    } | {
                        /** @description parketnummer */
                        caseNumber: string;
                        eventId: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "CJIB";
                        /** @enum {string} */
                        type: "victim-registered";
                        victimReference: string;
                    } | {
                        /** @description the amount the offender must pay this victim, in euro cents */
                        amountCents: number;
                        /** @description parketnummer */
                        caseNumber: string;
                        eventId: string;
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        irrevocableOn: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /** @description law articles, e.g. "Sr 300" */
                        offences?: string[];
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "CJIB";
                        /** @enum {string} */
                        type: "compensation-order";
                        /** @enum {unknown} */
                        victimKind: "natural-person" | "legal-person";
                        victimReference: string;
                    } | {
                        /** @description the amount paid, in euro cents */
                        amountCents: number;
                        /** @description parketnummer */
                        caseNumber: string;
                        eventId: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 date-time with offset, at most a day ahead of now
                         */
                        occurredAt: string;
                        /**
                         * Format: date
                         * @description Dutch calendar date, YYYY-MM-DD
                         */
                        paidOn: string;
                        /** @description Strafrechtketennummer */
                        skn: string;
                        /** @enum {unknown} */
                        source: "CJIB";
                        /** @enum {string} */
                        type: "compensation-payment";
                        victimReference: string;
                    })[];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: number;
                            duplicate: number;
                            results: {
                                eventId: string;
                                source: string;
                                status: "accepted" | "duplicate";
                                warnings?: string[];
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gebruikers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users, active and deactivated, with their roles and state (administrators) */
        get: {
            parameters: {
                query?: {
                    organisation?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminUser"][];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a user (administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        /** Format: email */
                        email?: string;
                        /** @description the provider's exact iss value */
                        oidcIssuer?: string;
                        /** @description the user's sub at that provider */
                        oidcSubject?: string;
                        organisation: string;
                        password?: string;
                        roles: ("consultation" | "bij-officer" | "reintegration-officer" | "victim-desk-officer" | "justid-operator" | "administrator")[];
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gebruikers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user with their state (administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminUser"];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user's name or e-mail address (administrators) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        /** @description null removes the address */
                        email?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminUser"];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/gebruikers/{id}/activeren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a deactivated user (administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminUser"];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gebruikers/{id}/deactiveren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a user: their sessions end at once and they cannot log in (administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminUser"];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gebruikers/{id}/geschiedenis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's history: every change to their account, newest first (administrators)
         * @description Read from the audit log: created, details or roles changed, deactivated, reactivated, unlocked, password reset, password changed by the user; who did it and when.
         */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the page before */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: components["schemas"]["UserHistoryEntry"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gebruikers/{id}/ontgrendelen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift every login lock on a user's account, for every client address (administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminUser"];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gebruikers/{id}/rollen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a user's roles: only roles their organisation's kind may hold (administrators) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        roles: ("consultation" | "bij-officer" | "reintegration-officer" | "victim-desk-officer" | "justid-operator" | "administrator")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminUser"];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gebruikers/{id}/wachtwoord-herstel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a password: a temporary one, shown this once, to be replaced at the next login
         * @description Ends the user's sessions and lifts their login locks. Until the user has chosen their own password, every call but PUT /sessie/wachtwoord and logout answers 403 PASSWORD_CHANGE_REQUIRED. A user linked to an identity provider (oidcLinked) logs in through their organisation: 409 OIDC_USER.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            temporaryPassword: string;
                            user: components["schemas"]["AdminUser"];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/identiteit/personen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a new person and issue an SKN
         * @description Issues a new strafrechtketennummer (never reused, Damm check digit) and records the person. Persons that resemble the new one are reported as duplicate candidates, never merged.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, from 1900-01-01 up to today
                         */
                        birthDate: string;
                        /** @description burgerservicenummer; must pass the eleven-test */
                        bsn?: string;
                        gender: "M" | "V" | "O";
                        givenNames: string;
                        surname: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duplicateCandidates: {
                                reason: "same-bsn" | "similar-name-same-birth-date";
                                score: number;
                                skn: string;
                            }[];
                            skn: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the identity provider returns the browser after a login
         * @description Checks state, nonce, PKCE and the ID token, then starts a session for the user linked to the provider’s (issuer, sub). An unlinked subject is refused: an administrator links accounts. A refusal is problem+json, or, for a browser (Accept: text/html), a 302 to the portal’s /inloggen?fout=<code>.
         */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    error?: string;
                    error_description?: string;
                    iss?: string;
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description to returnTo, with the session cookie (see Location) */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Log in through the identity provider (OpenID Connect)
         * @description Redirects to the provider. After the login there, the provider sends the browser to /api/v1/oidc/callback, which starts a session and redirects to `returnTo`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description the portal page to return to after the login (default /): `/` or a path under /raadplegen, /berichtenbox, /operaties, /beheer or /cijfers; anything else is refused */
                    returnTo?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description to the identity provider (see Location) */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-data/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue and every theme’s headline figure over all periods in one answer: the public dashboard’s first screen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            catalogue: {
                                attribution: string;
                                builtFrom: string | null;
                                licence: {
                                    /** @enum {string} */
                                    name: "CC BY 4.0";
                                    url: string;
                                };
                                /** @description null while nothing is published */
                                release: string | null;
                                /** @description the figures are made from simulated deliveries (a demo), not from the chain partners’ data */
                                synthetic: boolean;
                                tables: {
                                    id: string;
                                    links: {
                                        /** @description its observations as CSV */
                                        csv: string;
                                        /** @description its observations as JSON */
                                        observations: string;
                                        /** @description the whole table as Parquet */
                                        parquet: string;
                                        /** @description the table’s metadata */
                                        self: string;
                                    };
                                    rows: number;
                                    summary: string;
                                    /**
                                     * @description the theme of Criminaliteit en Recht the table belongs to
                                     * @enum {unknown}
                                     */
                                    theme: "opsporing" | "vervolging" | "berechting" | "tenuitvoerlegging" | "recidive" | "ketenstroom";
                                    title: string;
                                }[];
                            };
                            /** @description per theme its headline figure over every period, in the order of the dashboard */
                            headlines: {
                                /**
                                 * @description the theme of Criminaliteit en Recht the table belongs to
                                 * @enum {unknown}
                                 */
                                key: "opsporing" | "vervolging" | "berechting" | "tenuitvoerlegging" | "recidive" | "ketenstroom";
                                measure: {
                                    decimals: number;
                                    description: string;
                                    /** @description its value column; the status is in `<id>__status` */
                                    id: string;
                                    title: string;
                                    unit: "aantal" | "dagen" | "procent";
                                } | null;
                                /** @description per period, oldest first, the cell at the headline’s fixed codes and the total of every other dimension */
                                points: {
                                    /** @description the code of the period (year or cohort) */
                                    period: string;
                                    status: "published" | "suppressed" | "not-applicable";
                                    title: string;
                                    /** @description null when not published */
                                    value: number | null;
                                }[];
                                /** @description the table the figure comes from; null when the release has no such table or measure */
                                table: string | null;
                                /** @description the dimension the periods are codes of: jaar, or cohort */
                                time: string;
                            }[];
                        };
                    };
                };
                /** @description Not Modified: the ETag in If-None-Match is still current */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-data/tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue of open-data tables (no login); empty while nothing is published */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attribution: string;
                            builtFrom: string | null;
                            licence: {
                                /** @enum {string} */
                                name: "CC BY 4.0";
                                url: string;
                            };
                            /** @description null while nothing is published */
                            release: string | null;
                            /** @description the figures are made from simulated deliveries (a demo), not from the chain partners’ data */
                            synthetic: boolean;
                            tables: {
                                id: string;
                                links: {
                                    /** @description its observations as CSV */
                                    csv: string;
                                    /** @description its observations as JSON */
                                    observations: string;
                                    /** @description the whole table as Parquet */
                                    parquet: string;
                                    /** @description the table’s metadata */
                                    self: string;
                                };
                                rows: number;
                                summary: string;
                                /**
                                 * @description the theme of Criminaliteit en Recht the table belongs to
                                 * @enum {unknown}
                                 */
                                theme: "opsporing" | "vervolging" | "berechting" | "tenuitvoerlegging" | "recidive" | "ketenstroom";
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Not Modified: the ETag in If-None-Match is still current */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-data/tables/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A table’s metadata: dimensions and their codes, measures, definition, sources, licence */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attribution: string;
                            /** @description its section (anchor) in docs/definitions.md */
                            definition: string;
                            dimensions: {
                                /** @description in display order; the total, code T, first */
                                codes: {
                                    code: string;
                                    title: string;
                                }[];
                                description: string;
                                /** @description the query parameter that filters on it, and its column */
                                id: string;
                                title: string;
                            }[];
                            id: string;
                            licence: {
                                /** @enum {string} */
                                name: "CC BY 4.0";
                                url: string;
                            };
                            links: {
                                /** @description its observations as CSV */
                                csv: string;
                                /** @description its definition as a page of the portal: /cijfers/definities#<anchor> */
                                definition: string;
                                /** @description its observations as JSON */
                                observations: string;
                                /** @description the whole table as Parquet */
                                parquet: string;
                                /** @description the table’s metadata */
                                self: string;
                            };
                            measures: {
                                decimals: number;
                                description: string;
                                /** @description its value column; the status is in `<id>__status` */
                                id: string;
                                title: string;
                                unit: "aantal" | "dagen" | "procent";
                            }[];
                            release: string;
                            rows: number;
                            sources: string[];
                            summary: string;
                            /**
                             * @description the theme of Criminaliteit en Recht the table belongs to
                             * @enum {unknown}
                             */
                            theme: "opsporing" | "vervolging" | "berechting" | "tenuitvoerlegging" | "recidive" | "ketenstroom";
                            title: string;
                        };
                    };
                };
                /** @description Not Modified: the ETag in If-None-Match is still current */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-data/tables/{id}/download.parquet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole table as one Parquet file (one row per combination of codes, totals included) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the Parquet file as published */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.apache.parquet": string;
                    };
                };
                /** @description Not Modified: the ETag in If-None-Match is still current */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-data/tables/{id}/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A table’s observations, filtered on dimension codes, in pages of at most 10000 rows; JSON, or CSV with Accept: text/csv or format=csv */
        get: {
            parameters: {
                query?: {
                    /** @description OData name of offset */
                    $skip?: number;
                    /** @description OData name of limit */
                    $top?: number;
                    format?: "json" | "csv";
                    /** @description rows per page, at most 10000; default 1000 */
                    limit?: number;
                    measures?: string | string[];
                    /** @description rows to skip; default 0 */
                    offset?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a page of observations; the next page is in `next` and in the Link header */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            limit: number;
                            /** @description the next page; null on the last */
                            next: string | null;
                            observations: {
                                [key: string]: string | number | null;
                            }[];
                            offset: number;
                            release: string;
                            table: string;
                            /** @description rows that match the filters, on all pages */
                            total: number;
                        };
                        "text/csv": string;
                    };
                };
                /** @description Not Modified: the ETag in If-None-Match is still current */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operaties/bij-controle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * BIJ notices awaiting the check of their municipality, oldest or most urgent first
         * @description With the municipality the rules chose and why, the date each announces and the days left before it (order=urgent puts the earliest date first). Recorded in the processing log.
         */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the page before, of the same order */
                    cursor?: string;
                    limit?: number;
                    /** @description urgent: the earliest announced date first (late ones lead), then the oldest */
                    order?: "oldest" | "urgent";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            notices: {
                                announcedDate: string | null;
                                birthDate: string | null;
                                /** @enum {unknown} */
                                box: "bij" | "reintegration" | "victims";
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                                 */
                                createdAt: string;
                                daysAhead: number | null;
                                daysLeft: number | null;
                                /**
                                 * Format: date
                                 * @description the Dutch date of the event the notice is about
                                 */
                                eventDate: string;
                                exception: string | null;
                                id: number;
                                institution: {
                                    code: string;
                                    contact?: {
                                        phone: string | null;
                                        url: string | null;
                                    };
                                    name: string;
                                } | null;
                                /** @description the notice went out after the date it announces (contract 1.1) */
                                late: boolean;
                                name: {
                                    givenNames: string;
                                    surname: string;
                                } | null;
                                proposed: {
                                    code: string;
                                    name: string;
                                } | null;
                                routing: {
                                    address: {
                                        city: string;
                                        houseNumber: string;
                                        municipalityCode: string;
                                        postalCode: string;
                                        street: string;
                                    } | null;
                                    /** @enum {unknown} */
                                    basis: "leave-address" | "brp" | "fixed";
                                    /** @description in English, the parts of `reasons` joined by "; " */
                                    explanation: string;
                                    municipality: {
                                        code: string;
                                        name: string;
                                    } | null;
                                    /** @description the explanation as codes with their values (routing-texts.ts) */
                                    reasons: {
                                        /** @enum {unknown} */
                                        code: "fixed" | "leave-address" | "brp-address" | "no-brp-address" | "only-institution-addresses" | "unverified-institution-address" | "unknown-offence" | "not-participating" | "no-active-user";
                                        params: {
                                            [key: string]: string;
                                        };
                                    }[];
                                    /** @description the same in Dutch, for the portal */
                                    text: string;
                                };
                                /** @enum {unknown} */
                                status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                                supersedes: {
                                    createdAt: string | null;
                                    id: number | null;
                                } | null;
                                /** @enum {unknown} */
                                type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                                urgency: ("late" | "inside-week" | "in-time") | null;
                                window: ("late" | "inside-week" | "in-time") | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operaties/bij-controle/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the municipality of a BIJ notice, or change it (with a reason)
         * @description Either way the notice is delivered to the (new) municipality.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "confirm";
                    } | {
                        /** @enum {string} */
                        decision: "change";
                        /** @description CBS code of a current municipality */
                        municipalityCode: string;
                        /** @description why (kept in the history) */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            box: "bij" | "reintegration" | "victims";
                            /** @description the id of the copy in the other municipality's box */
                            forwardedAs?: number;
                            id: number;
                            recipient: string | null;
                            /** @enum {unknown} */
                            status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                            /** @enum {unknown} */
                            type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operaties/conflicten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Events refused because their (source, eventId) was known with other content, newest first
         * @description The event log keeps the first content; each refused repeat is listed with the names of the fields that differ (never their values). justid-operator only.
         */
        get: {
            parameters: {
                query?: {
                    before?: number;
                    limit?: number;
                    source?: "SKDB" | "TULP-GW" | "JVS" | "MITS" | "CJIB";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts: {
                                channel: "api" | "file";
                                /**
                                 * Format: date-time
                                 * @description when the repeat was refused
                                 */
                                detectedAt: string;
                                /** @description names of the fields that differ, never values */
                                differingFields: string[];
                                eventId: string;
                                id: number;
                                /** @description the logged original; null when it came earlier in the same refused delivery */
                                originalLogId: number | null;
                                source: string;
                            }[];
                            /** @description pass as `before` for older ones */
                            nextBefore: number | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operaties/tellingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many notices wait for BIJ review and in the queue
         * @description Counts only: no person is read, so nothing goes to the processing log.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description notices the rules could not route */
                            queue: number;
                            /** @description BIJ notices awaiting the check of their municipality */
                            review: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operaties/uitleg/{source}/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every rule an event triggered: the notices it made and why the others made none (justid-operator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventId: string;
                    source: "SKDB" | "TULP-GW" | "JVS" | "MITS" | "CJIB";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decisions: {
                                box: string;
                                noticeType: string | null;
                                /** @description in English, as replay --explain writes it */
                                reason: string;
                                ruleSet: string;
                                text: string | null;
                            }[];
                            event: {
                                eventId: string;
                                logId: number;
                                occurredAt: string;
                                receivedAt: string;
                                skn: string;
                                source: string;
                                type: string;
                            };
                            note?: string;
                            notices: {
                                box: string;
                                exception: string | null;
                                exceptionReason: string | null;
                                exceptionText: string | null;
                                id: number;
                                late: boolean;
                                legalBasis: string;
                                recipient: string | null;
                                ruleSet: string;
                                status: string;
                                supersedes: string | null;
                                type: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operaties/uitleg/bericht/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The explanation of the event a notice was made of, by the notice id (justid-operator)
         * @description What the portal links to from every queue, review and box item: the same answer as by source and event id. Recorded in the processing log.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decisions: {
                                box: string;
                                noticeType: string | null;
                                /** @description in English, as replay --explain writes it */
                                reason: string;
                                ruleSet: string;
                                text: string | null;
                            }[];
                            event: {
                                eventId: string;
                                logId: number;
                                occurredAt: string;
                                receivedAt: string;
                                skn: string;
                                source: string;
                                type: string;
                            };
                            note?: string;
                            notices: {
                                box: string;
                                exception: string | null;
                                exceptionReason: string | null;
                                exceptionText: string | null;
                                id: number;
                                late: boolean;
                                legalBasis: string;
                                recipient: string | null;
                                ruleSet: string;
                                status: string;
                                supersedes: string | null;
                                type: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operaties/wachtrij": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notices the rules could not route, with the reason: filtered by reason, box and age, sorted
         * @description sort=person puts a person's notices together; sort=announced the earliest announced date first. Recorded in the processing log.
         */
        get: {
            parameters: {
                query?: {
                    /** @description only notices for this box */
                    box?: "bij" | "reintegration" | "victims";
                    /** @description nextCursor of the page before, of the same sort */
                    cursor?: string;
                    /** @description only notices made on or after this Dutch date */
                    from?: string;
                    limit?: number;
                    /** @description only notices made more than this many days ago */
                    olderThanDays?: number;
                    /** @description only notices with this exception */
                    reason?: "no-address" | "unknown-municipality" | "unknown-offence" | "unverified-institution-address" | "not-participating" | "no-active-user";
                    /** @description oldest or newest made first; person: a person's notices together (by SKN); announced: the earliest announced date first */
                    sort?: "oldest" | "newest" | "person" | "announced";
                    /** @description only notices made on or before this Dutch date */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            notices: {
                                announcedDate: string | null;
                                birthDate: string | null;
                                /** @enum {unknown} */
                                box: "bij" | "reintegration" | "victims";
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
                                 */
                                createdAt: string;
                                daysAhead: number | null;
                                daysLeft: number | null;
                                /**
                                 * Format: date
                                 * @description the Dutch date of the event the notice is about
                                 */
                                eventDate: string;
                                exception: string | null;
                                id: number;
                                institution: {
                                    code: string;
                                    contact?: {
                                        phone: string | null;
                                        url: string | null;
                                    };
                                    name: string;
                                } | null;
                                /** @description the notice went out after the date it announces (contract 1.1) */
                                late: boolean;
                                name: {
                                    givenNames: string;
                                    surname: string;
                                } | null;
                                proposed: {
                                    code: string;
                                    name: string;
                                } | null;
                                routing: {
                                    address: {
                                        city: string;
                                        houseNumber: string;
                                        municipalityCode: string;
                                        postalCode: string;
                                        street: string;
                                    } | null;
                                    /** @enum {unknown} */
                                    basis: "leave-address" | "brp" | "fixed";
                                    /** @description in English, the parts of `reasons` joined by "; " */
                                    explanation: string;
                                    municipality: {
                                        code: string;
                                        name: string;
                                    } | null;
                                    /** @description the explanation as codes with their values (routing-texts.ts) */
                                    reasons: {
                                        /** @enum {unknown} */
                                        code: "fixed" | "leave-address" | "brp-address" | "no-brp-address" | "only-institution-addresses" | "unverified-institution-address" | "unknown-offence" | "not-participating" | "no-active-user";
                                        params: {
                                            [key: string]: string;
                                        };
                                    }[];
                                    /** @description the same in Dutch, for the portal */
                                    text: string;
                                };
                                /** @enum {unknown} */
                                status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                                supersedes: {
                                    createdAt: string | null;
                                    id: number | null;
                                } | null;
                                /** @enum {unknown} */
                                type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                                urgency: ("late" | "inside-week" | "in-time") | null;
                                window: ("late" | "inside-week" | "in-time") | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operaties/wachtrij/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Route a notice from the operations queue to a municipality by hand
         * @description The notice is delivered to that municipality; the reason is kept in its history.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description why (kept in the history) */
                        reason: string;
                        /** @description CBS code of a current municipality */
                        recipient: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            box: "bij" | "reintegration" | "victims";
                            /** @description the id of the copy in the other municipality's box */
                            forwardedAs?: number;
                            id: number;
                            recipient: string | null;
                            /** @enum {unknown} */
                            status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                            /** @enum {unknown} */
                            type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operaties/wachtrij/routeren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Route several notices of the queue to one municipality with one reason: all or none
         * @description Each notice is delivered there and gets its own history entry. If one cannot be routed, nothing is: the problem's errors name it (/ids/<index>).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: number[];
                        /** @description why (kept in the history) */
                        reason: string;
                        /** @description CBS code of a current municipality */
                        recipient: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            routed: {
                                /** @enum {unknown} */
                                box: "bij" | "reintegration" | "victims";
                                /** @description the id of the copy in the other municipality's box */
                                forwardedAs?: number;
                                id: number;
                                recipient: string | null;
                                /** @enum {unknown} */
                                status: "awaiting-review" | "delivered" | "read" | "acknowledged" | "forwarded";
                                /** @enum {unknown} */
                                type: "pi-beeindiging" | "pi-regimefasering" | "pi-verlof" | "tbs-voorwaardelijke-beeindiging" | "tbs-verlof" | "pij-beeindiging" | "pij-verlofmachtiging" | "18b-melding" | "inschrijving" | "wijziging-einddatum" | "overplaatsing" | "deelbaar-dr-plan" | "einde-detentie" | "verlof" | "vrijlating-gepland" | "vrijlating" | "ontvluchting" | "terugkeer" | "voorwaardelijke-beeindiging";
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operaties/wachtrij/tellingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many notices wait in the queue, per reason and per box
         * @description Counts only: no person is read, so nothing goes to the processing log.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description per box */
                            byBox: {
                                [key: string]: number;
                            };
                            /** @description per routing exception */
                            byReason: {
                                [key: string]: number;
                            };
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations (administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            kind: string;
                            name: string;
                        }[];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personen/raadplegen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The person view: identity, current detention status and the full timeline
         * @description The SKN goes in the body, never in the URL (as Haal Centraal BRP does), so it reaches no request log, proxy log or browser history. Every view is recorded in the processing log.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description whose view to open */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description strafrechtketennummer */
                        skn: string;
                    };
                };
            };
            responses: {
                /** @description identity, current detention status and the timeline */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonView"];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personen/zoeken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search a person by SKN, BSN, or surname and birth date
         * @description At most 50 results; every person found is recorded in the processing log.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description search by SKN, by BSN, or by surname and birth date */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description strafrechtketennummer */
                        skn: string;
                    } | {
                        bsn: string;
                    } | {
                        /** Format: date */
                        birthDate: string;
                        surname: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hint?: string;
                            results: {
                                birthDate: string;
                                detained: boolean;
                                givenNames: string;
                                skn: string;
                                surname: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** DJI institutions (PI, JJI, TBS clinics) */
        get: {
            parameters: {
                query?: {
                    sector?: "GW" | "JJI" | "TBS";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Institution"][];
                            source: {
                                licence: string;
                                list: string;
                                notes: string;
                                publisher: string;
                                retrieved: string;
                                title: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/institutions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One DJI institution */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Institution"];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Municipalities valid on a date (default today), or every code since 2019 */
        get: {
            parameters: {
                query?: {
                    /** @description a date, YYYY-MM-DD; default today */
                    date?: string;
                    /** @description also codes that no longer exist */
                    includeFormer?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Municipality"][];
                            source: {
                                licence: string;
                                list: string;
                                notes: string;
                                publisher: string;
                                retrieved: string;
                                title: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/municipalities/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A municipality code, resolved to the municipality it stands for on a date (mergers followed) */
        get: {
            parameters: {
                query?: {
                    /** @description a date, YYYY-MM-DD; default today */
                    date?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            requested: components["schemas"]["Municipality"];
                            resolved: components["schemas"]["Municipality"];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/offences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Law articles in force on a date (default today) and their offence category */
        get: {
            parameters: {
                query?: {
                    category?: "sexual" | "serious-violent" | "arson" | "violent" | "property" | "drugs" | "public-order" | "other";
                    /** @description a date, YYYY-MM-DD; default today */
                    date?: string;
                    /** @description every numbering, repealed ones too */
                    includeFormer?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["LawArticle"][];
                            source: {
                                licence: string;
                                list: string;
                                notes: string;
                                publisher: string;
                                retrieved: string;
                                title: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/offences/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One law article, e.g. "Sr 242" (URL-encoded: Sr%20242), in the numbering of a date (default today) */
        get: {
            parameters: {
                query?: {
                    /** @description a date, YYYY-MM-DD; default today */
                    date?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LawArticle"];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where every reference list comes from */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            licence: string;
                            list: string;
                            notes: string;
                            publisher: string;
                            retrieved: string;
                            title: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/titles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Detention titles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                description: string;
                                kind: string;
                                legalBasis: string;
                                name: string;
                                sectors: ("GW" | "JJI" | "TBS")[];
                            }[];
                            source: {
                                licence: string;
                                list: string;
                                notes: string;
                                publisher: string;
                                retrieved: string;
                                title: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description send as X-CSRF-Token with every POST, PUT, PATCH and DELETE */
                            csrfToken: string;
                            expiresAt: string;
                            /** @description an administrator set this password: until PUT /sessie/wachtwoord, every other call but logout answers 403 PASSWORD_CHANGE_REQUIRED */
                            mustChangePassword: boolean;
                            user: components["schemas"]["User"];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Log in with username and password
         * @description After 5 wrong passwords for one account from one client address, that address may not try the account for 15 minutes; the holder, elsewhere, still can, and is told by e-mail. A wrong password, an unknown username and a locked address all get the same 401 LOGIN_FAILED, in the same time.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description send as X-CSRF-Token with every POST, PUT, PATCH and DELETE */
                            csrfToken: string;
                            expiresAt: string;
                            /** @description an administrator set this password: until PUT /sessie/wachtwoord, every other call but logout answers 403 PASSWORD_CHANGE_REQUIRED */
                            mustChangePassword: boolean;
                            user: components["schemas"]["User"];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Log out */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessie/opties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How one can log in here (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description start the OIDC login at loginUrl (with ?returnTo=/path); null when not configured */
                            oidc: {
                                loginUrl: string;
                            } | null;
                            password: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessie/wachtwoord": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change your own password
         * @description The current password must be right; the new one has at least 12 characters and differs from it. Your other sessions end; this one stays. Clears a reset's forced change.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verwerkingen/betrokkene": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Which organisations processed a person’s data, when and why (administrators)
         * @description By SKN or by BSN (which finds the SKN(s) registered with it); either goes in the body, never in the URL. The report is itself a processing and is logged.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        skn: string;
                    } | {
                        bsn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            processings: {
                                activity: string;
                                activityName: string;
                                at: string;
                                operation: string;
                                organisation: string;
                                traceId: string;
                            }[];
                            /** @description the SKN asked for; by BSN, the first SKN found (or empty) */
                            skn: string;
                            /** @description every SKN the report covers */
                            skns: string[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verwerkingen/controle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the hash chains of the processing log and the audit log */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            brokenAt: number | null;
                            reason: string | null;
                            rows: number;
                            table: string;
                        }[];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database can serve requests now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AdminUser: {
            /** @description false once deactivated: no login, no sessions */
            active: boolean;
            displayName: string;
            email: string | null;
            /** @description false for users who log in only through OIDC */
            hasPassword: boolean;
            id: number;
            /** @description client addresses locked out of this account right now */
            lockedClients: number;
            /** @description a reset password waits to be replaced by its holder */
            mustChangePassword: boolean;
            /** @description linked to an identity provider: logs in through their organisation, so no password reset here */
            oidcLinked: boolean;
            organisation: string;
            roles: ("consultation" | "bij-officer" | "reintegration-officer" | "victim-desk-officer" | "justid-operator" | "administrator")[];
            username: string;
        };
        Institution: {
            /** @description where the address comes from: the page or document and when it was read */
            addressSource: string;
            /** @description a public page that was read confirms the whole address; until then a BRP address near it registered after the admission is not trusted */
            addressVerified: boolean;
            capacity: number;
            city: string;
            code: string;
            /** @description how a mayor reaches the institution (the BIJ notice) */
            contact: {
                /** @description general number; null when not known */
                phone: string | null;
                /** @description location page; null when not known */
                url: string | null;
            };
            /** @description house number, with any addition; null when no public source confirmed it */
            houseNumber: string | null;
            municipalityCode: string;
            name: string;
            /** @description postal code, 1234AB; null when no public source confirmed it */
            postalCode: string | null;
            sector: "GW" | "JJI" | "TBS";
            /** @description street; null when no public source confirmed it */
            street: string | null;
        };
        LawArticle: {
            article: string;
            /** @enum {unknown} */
            category: "sexual" | "serious-violent" | "arson" | "violent" | "property" | "drugs" | "public-order" | "other";
            code: string;
            description: string;
            law: string;
            note?: string;
            scmMainGroup: string;
            /** @description first day of this numbering; null: before the text the list was read from */
            validFrom: string | null;
            /** @description exclusive end; null while in force */
            validUntil: string | null;
        };
        Municipality: {
            code: string;
            name: string;
            population: number | null;
            province: string;
            validFrom: string;
            validUntil: string | null;
        };
        /**
         * NoticeContent
         * @description only the fields of the notice type's field list (docs/api.md, Berichtenbox)
         */
        NoticeContent: {
            /**
             * Format: date
             * @description a date, YYYY-MM-DD
             */
            admissionDate?: string;
            /**
             * Format: date
             * @description a date, YYYY-MM-DD
             */
            birthDate?: string;
            brpMunicipality?: {
                code: string;
                name: string;
            };
            bsn?: string;
            caseNumber?: string;
            drPlanAvailable?: boolean;
            fromInstitution?: {
                code: string;
                contact?: {
                    phone: string | null;
                    url: string | null;
                };
                name: string;
            };
            institution?: {
                code: string;
                contact?: {
                    phone: string | null;
                    url: string | null;
                };
                name: string;
            };
            intendedMunicipality?: {
                code: string;
                name: string;
            };
            /**
             * Format: date
             * @description a date, YYYY-MM-DD
             */
            leaveFrom?: string;
            /**
             * Format: date
             * @description a date, YYYY-MM-DD
             */
            leaveUntil?: string;
            name?: {
                givenNames: string;
                surname: string;
            };
            offenceCategories?: ("sexual" | "serious-violent" | "arson")[];
            /**
             * Format: date
             * @description a date, YYYY-MM-DD
             */
            phaseFrom?: string;
            /**
             * Format: date
             * @description a date, YYYY-MM-DD
             */
            plannedEndDate?: string;
            /**
             * Format: date
             * @description a date, YYYY-MM-DD
             */
            releaseDate?: string;
            routingAddress?: {
                city: string;
                houseNumber: string;
                municipalityCode: string;
                postalCode: string;
                street: string;
            } | {
                municipalityCode: string;
                municipalityName: string;
            };
            sanctions?: {
                /** @description the title kind: prison-sentence, tbs-dwangverpleging, pij, pre-trial or substitute-detention */
                kind: string;
                sentenceDays: number | null;
            }[];
            skn?: string;
            /**
             * Format: date
             * @description a date, YYYY-MM-DD
             */
            terminationDate?: string;
            victimReference?: string;
        };
        ParticipationRegistration: {
            authorisation: {
                /**
                 * Format: date
                 * @description a date, YYYY-MM-DD
                 */
                date: string;
                /** @description the mayor's authorisation */
                reference: string;
            } | null;
            box: "bij" | "reintegration";
            end: {
                /** Format: date-time */
                endedAt: string;
                endedBy: string;
                reason: string;
            } | null;
            /**
             * Format: date
             * @description a date, YYYY-MM-DD
             */
            from: string;
            id: number;
            municipalityCode: string;
            /** Format: date-time */
            registeredAt: string;
            registeredBy: string;
            until: string | null;
        };
        /**
         * PersonView
         * @description identity, current detention status and the timeline
         */
        PersonView: {
            episodes: {
                admittedOn: string;
                id: number;
                plannedEndDate: string | null;
                releasedOn: string | null;
                sector: string;
                status: string;
                stays: {
                    from: string;
                    institution: {
                        code: string;
                        name: string;
                        sector: string;
                    };
                    until: string | null;
                }[];
                timeline: {
                    date: string;
                    details: {
                        [key: string]: unknown;
                    };
                    institution: {
                        code: string;
                        name: string;
                        sector: string;
                    };
                    occurredAt: string;
                    type: string;
                }[];
                /** @description the title history: every version of every case, oldest first */
                titles: {
                    caseNumber: string | null;
                    /** @description first day this version of the title was in force */
                    from: string;
                    irrevocable: boolean;
                    kind: string;
                    name: string;
                    offences: {
                        category: string | null;
                        code: string;
                        description: string | null;
                    }[];
                    sentenceDays: number | null;
                    until: string | null;
                }[];
            }[];
            person: {
                address: {
                    city: string;
                    houseNumber: string;
                    municipalityCode: string;
                    postalCode: string;
                    street: string;
                    validFrom: string;
                } | null;
                birthDate: string;
                bsn: string | null;
                gender: string;
                givenNames: string;
                /** @description ID-vaststellingen: how, by whom and when the identity was established */
                identityDeterminations: {
                    determinedAt: string;
                    method: string;
                    organisation: string;
                }[];
                skn: string;
                surname: string;
            };
            status: {
                admittedOn: string | null;
                detained: boolean;
                escaped: boolean;
                institution: {
                    code: string;
                    name: string;
                    sector: string;
                } | null;
                lastReleasedOn: string | null;
                onLeave: {
                    from: string;
                    until: string | null;
                } | null;
                plannedEndDate: string | null;
                releaseScheduledOn: string | null;
                since: string | null;
                /** @description the titles in force today; several at once are normal (a sentence in one case, pre-trial in another) */
                titles: {
                    caseNumber: string | null;
                    /** @description first day this version of the title was in force */
                    from: string;
                    irrevocable: boolean;
                    kind: string;
                    name: string;
                    offences: {
                        category: string | null;
                        code: string;
                        description: string | null;
                    }[];
                    sentenceDays: number | null;
                    until: string | null;
                }[];
            };
        };
        /**
         * Problem
         * @description RFC 9457 problem details
         */
        Problem: {
            /** @description stable error code, e.g. PERSON_NOT_FOUND */
            code: string;
            detail?: string;
            errors?: {
                field: string;
                message: string;
                rule: string;
            }[];
            requestId: string;
            status: number;
            title: string;
            type: string;
        };
        User: {
            displayName: string;
            email: string | null;
            id: number;
            organisation: string;
            roles: ("consultation" | "bij-officer" | "reintegration-officer" | "victim-desk-officer" | "justid-operator" | "administrator")[];
            username: string;
        };
        UserHistoryEntry: {
            /**
             * Format: date-time
             * @description RFC 3339 date-time with offset, e.g. 2026-01-05T09:00:00+01:00
             */
            at: string;
            by: {
                organisation: string;
                userId: number | null;
                username: string;
            };
            /** @enum {unknown} */
            change: "user-created" | "user-updated" | "user-roles-changed" | "user-deactivated" | "user-reactivated" | "user-unlocked" | "user-password-reset" | "own-password-changed";
            /** @description what changed, e.g. {"roles":{"from":[…],"to":[…]}}; never a password */
            details: {
                [key: string]: unknown;
            };
            /** @description the audit row's id */
            id: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
