// Generated from Moat's OpenAPI document by `npm run console:api` (console/scripts/generate-api.ts). Do not edit.
// Long because it is generated: every route's parameters, bodies and answers, one type each; split, it would no
// longer be the single output of openapi-typescript that test/console-api-schema.test.ts compares.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            /** @enum {string} */
                            status: "ok";
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
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Ready when Postgres and Temporal both answer and the process is not shutting down; answers within 2 s either way. */
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
                            postgres: {
                                ok: boolean;
                                error?: string;
                            };
                            temporal: {
                                ok: boolean;
                                error?: string;
                            };
                            /**
                             * @description present once the process has begun a graceful shutdown: it finishes the requests it has and takes no new ones
                             * @enum {boolean}
                             */
                            shuttingDown?: true;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            postgres: {
                                ok: boolean;
                                error?: string;
                            };
                            temporal: {
                                ok: boolean;
                                error?: string;
                            };
                            /**
                             * @description present once the process has begun a graceful shutdown: it finishes the requests it has and takes no new ones
                             * @enum {boolean}
                             */
                            shuttingDown?: true;
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
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    role?: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                    officeId?: string;
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
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                email: string;
                                roles: ("sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin")[];
                                /** Format: uuid */
                                managerId: string | null;
                                /** Format: uuid */
                                officeId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                                skills: string[];
                                industries: string[];
                                rateLevel: string | null;
                                createdAt: string;
                                deactivatedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a person and issue their API token (shown once) */
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
                        name: string;
                        /** Format: email */
                        email: string;
                        roles: ("sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin")[];
                        /** Format: uuid */
                        managerId?: string;
                        /** Format: uuid */
                        officeId?: string;
                        /** Format: uuid */
                        deliveryCenterId?: string;
                        skills?: string[];
                        industries?: string[];
                        rateLevel?: string;
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
                            /** Format: uuid */
                            id: string;
                            token: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            email: string;
                            roles: ("sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin")[];
                            /** Format: uuid */
                            managerId: string | null;
                            /** Format: uuid */
                            officeId: string | null;
                            /** Format: uuid */
                            deliveryCenterId: string | null;
                            skills: string[];
                            industries: string[];
                            rateLevel: string | null;
                            createdAt: string;
                            deactivatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            email: string;
                            roles: ("sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin")[];
                            /** Format: uuid */
                            managerId: string | null;
                            /** Format: uuid */
                            officeId: string | null;
                            /** Format: uuid */
                            deliveryCenterId: string | null;
                            skills: string[];
                            industries: string[];
                            rateLevel: string | null;
                            createdAt: string;
                            deactivatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/offices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                                /** Format: uuid */
                                id: string;
                                name: string;
                                region: string;
                                /** Format: uuid */
                                managerId: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
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
                        name: string;
                        region: string;
                        /** Format: uuid */
                        managerId: string;
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
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    tier?: "A" | "B" | "C" | "D" | "E";
                    ownerId?: string;
                    officeId?: string;
                    industry?: string;
                    status?: "open" | "won" | "lost";
                    stage?: string;
                    limit?: number;
                    cursor?: string;
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
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                customerName: string;
                                industry: string;
                                solution: string | null;
                                quality: {
                                    factors: {
                                        [key: string]: number;
                                    };
                                    score: number;
                                } | null;
                                /** Format: uuid */
                                officeId: string;
                                expectedValue: {
                                    amount: number;
                                    currency: string;
                                };
                                channel: boolean;
                                strategic: boolean;
                                /** @enum {string} */
                                tier: "A" | "B" | "C" | "D" | "E";
                                stage: string;
                                stageEnteredAt: string;
                                stageDeadline: string;
                                /** Format: uuid */
                                ownerId: string;
                                /** Format: uuid */
                                salesOwnerId: string;
                                /** @enum {string} */
                                status: "open" | "won" | "lost";
                                closeReason: string | null;
                                policyVersion: number;
                                createdAt: string;
                                updatedAt: string;
                                closedAt: string | null;
                                budget: {
                                    amount: number;
                                    currency: string;
                                };
                                committed: {
                                    amount: number;
                                    currency: string;
                                };
                                actual: {
                                    amount: number;
                                    currency: string;
                                };
                                remaining: {
                                    amount: number;
                                    currency: string;
                                };
                                dispatch: {
                                    status: string | null;
                                    /** Format: uuid */
                                    leadId: string | null;
                                    /** Format: uuid */
                                    deliveryCenterId: string | null;
                                };
                                stageEscalation: number | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Open a sales project: classifies its tier and starts its workflow
         * @description Money is an integer of minor units: 12,000,000 CNY is {"amount": 1200000000, "currency": "CNY"}.
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
                        name: string;
                        customerName: string;
                        industry: string;
                        /** Format: uuid */
                        officeId: string;
                        expectedValue: {
                            amount: number;
                            currency: string;
                        };
                        /** @default false */
                        channel?: boolean;
                        /** @default false */
                        strategic?: boolean;
                        /** Format: uuid */
                        salesOwnerId: string;
                        quality?: {
                            winProbability: number;
                            strategicValue: number;
                            competitivePosition: number;
                            customerImportance: number;
                        };
                        solution?: string;
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/projects/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the caller may do on the project now (the console shows these actions and only these)
         * @description Worked out from the running workflow’s state by the same rules as the commands: a listed action may still be refused for what its form holds (an empty reason, too many days), never for who asks or when.
         */
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
                            actions: ({
                                /** @enum {string} */
                                action: "advance";
                                nextStage: string;
                                /** @enum {string|null} */
                                nomineeRole: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin" | null;
                            } | {
                                /** @enum {string} */
                                action: "proposeHandoff";
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                            } | {
                                /** @enum {string} */
                                action: "close";
                                canWin: boolean;
                            } | {
                                /** @enum {string} */
                                action: "overrideTier";
                            } | {
                                /** @enum {string} */
                                action: "extendDeadline";
                            } | {
                                /** @enum {string} */
                                action: "reassign";
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                            } | {
                                /** @enum {string} */
                                action: "signFeasibility";
                            } | {
                                /** @enum {string} */
                                action: "dispatch";
                                approvalId: string;
                            } | {
                                /** @enum {string} */
                                action: "redispatch";
                            } | {
                                /** @enum {string} */
                                action: "requestResource";
                                assignsDirectly: boolean;
                            } | {
                                /** @enum {string} */
                                action: "nameTeam";
                            } | {
                                /** @enum {string} */
                                action: "rescoreQuality";
                            } | {
                                /** @enum {string} */
                                action: "recordTime";
                                bookingIds: string[];
                            } | {
                                /** @enum {string} */
                                action: "setBudget";
                            } | {
                                /** @enum {string} */
                                action: "correctFinalValue";
                            } | {
                                /** @enum {string} */
                                action: "score";
                                missing: string[];
                            } | {
                                /** @enum {string} */
                                action: "changeCommitments";
                            } | {
                                /** @enum {string} */
                                action: "acceptDeliveryHandoff";
                            } | {
                                /** @enum {string} */
                                action: "declineDeliveryHandoff";
                            } | {
                                /** @enum {string} */
                                action: "recordGoLive";
                                commitments: number;
                            })[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/projects/{id}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The running workflow's own view of the project (a Temporal query)
         * @description For directors and admins: the live state holds every rate, cost and score unredacted.
         */
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
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/projects/{id}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        nomineeId?: string;
                        fromStage?: string;
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/projects/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "won" | "lost";
                        reason?: string;
                        finalValue?: {
                            amount: number;
                            currency: string;
                        };
                        /** Format: uuid */
                        presalesLeadId?: string;
                        /** Format: uuid */
                        deliveryManagerId?: string;
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/projects/{id}/tier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A director overrides the tier, with a reason (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        tier: "A" | "B" | "C" | "D" | "E";
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/projects/{id}/quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 商机质量: the owner (or a director) re-scores the opportunity at the current stage gate, once per stage
         * @description Factors 1–5: winProbability, strategicValue, competitivePosition, customerImportance, weighted by the pinned policy (tiers.quality). A score that moves the tier one step re-routes dispatch and budget as a director’s override does; after a director’s override the re-score is recorded and the tier stands.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        factors: {
                            winProbability: number;
                            strategicValue: number;
                            competitivePosition: number;
                            customerImportance: number;
                        };
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The pipeline board: per stage of the current policy, the visible projects matching the filters and their expected value
         * @description Stages in pipeline order; a stage no current project is in has count 0. Open projects unless `status` says otherwise.
         */
        get: {
            parameters: {
                query?: {
                    tier?: "A" | "B" | "C" | "D" | "E";
                    ownerId?: string;
                    officeId?: string;
                    industry?: string;
                    status?: "open" | "won" | "lost";
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
                            policyVersion: number;
                            stages: {
                                stage: string;
                                label: string;
                                count: number;
                                expectedValue: {
                                    amount: number;
                                    currency: string;
                                    capped: boolean;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/projects/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a project with these facts would get if opened now: tier and why, presales budget, who dispatches it
         * @description Nothing is created or recorded. The same checks as opening the project apply to the body.
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
                        name: string;
                        customerName: string;
                        industry: string;
                        /** Format: uuid */
                        officeId: string;
                        expectedValue: {
                            amount: number;
                            currency: string;
                        };
                        /** @default false */
                        channel?: boolean;
                        /** @default false */
                        strategic?: boolean;
                        /** Format: uuid */
                        salesOwnerId: string;
                        quality?: {
                            winProbability: number;
                            strategicValue: number;
                            competitivePosition: number;
                            customerImportance: number;
                        };
                        solution?: string;
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
                            policyVersion: number;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            tierReason: string;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                kind: string;
                                /** Format: uuid */
                                personId: string | null;
                                role: string | null;
                                label: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/projects/{id}/handoffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        toPersonId: string;
                        reason: string;
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
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            /** @enum {string} */
                            kind: "stage" | "manual";
                            /** Format: uuid */
                            fromPersonId: string;
                            /** Format: uuid */
                            toPersonId: string;
                            /** Format: uuid */
                            proposedById: string;
                            reason: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "declined" | "cancelled";
                            proposedAt: string;
                            decidedAt: string | null;
                            /** Format: uuid */
                            decidedById: string | null;
                            decisionReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/handoffs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            /** @enum {string} */
                            kind: "stage" | "manual";
                            /** Format: uuid */
                            fromPersonId: string;
                            /** Format: uuid */
                            toPersonId: string;
                            /** Format: uuid */
                            proposedById: string;
                            reason: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "declined" | "cancelled";
                            proposedAt: string;
                            decidedAt: string | null;
                            /** Format: uuid */
                            decidedById: string | null;
                            decisionReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/handoffs/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/handoffs/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current policy version */
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
                            version: number;
                            document: {
                                tiers: {
                                    thresholds: {
                                        [key: string]: {
                                            A: number;
                                            B: number;
                                            C: number;
                                            D: number;
                                        };
                                    };
                                    strategicA: {
                                        minValue: {
                                            [key: string]: number;
                                        };
                                        keyIndustries: string[];
                                    };
                                    /** @enum {string} */
                                    channelBestTier: "A" | "B" | "C" | "D" | "E";
                                    /**
                                     * @default {
                                     *       "weights": {
                                     *         "winProbability": 4000,
                                     *         "strategicValue": 2000,
                                     *         "competitivePosition": 2000,
                                     *         "customerImportance": 2000
                                     *       },
                                     *       "promoteFromScore": 4.5,
                                     *       "demoteBelowScore": 2
                                     *     }
                                     */
                                    quality: {
                                        weights: {
                                            winProbability: number;
                                            strategicValue: number;
                                            competitivePosition: number;
                                            customerImportance: number;
                                        };
                                        promoteFromScore: number;
                                        demoteBelowScore: number;
                                    };
                                };
                                pipeline: {
                                    stages: {
                                        key: string;
                                        label: string;
                                        /** @enum {string} */
                                        ownerRole: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                        slaHours: number;
                                        /** @enum {string} */
                                        requiredFromTier?: "A" | "B" | "C" | "D" | "E";
                                        slaHoursByTier?: {
                                            [key: string]: number;
                                        };
                                        /** @default false */
                                        requiresFeasibility: boolean;
                                    }[];
                                    closeWonFrom: string;
                                    /**
                                     * @default {
                                     *       "label": "交付移交 delivery handoff",
                                     *       "acceptHours": 72
                                     *     }
                                     */
                                    deliveryHandoff: {
                                        label: string;
                                        acceptHours: number;
                                    };
                                };
                                /**
                                 * @default {
                                 *       "tiers": {
                                 *         "A": {
                                 *           "kind": "share_of_expected_value",
                                 *           "basisPoints": 200
                                 *         },
                                 *         "B": {
                                 *           "kind": "share_of_expected_value",
                                 *           "basisPoints": 250
                                 *         },
                                 *         "C": {
                                 *           "kind": "share_of_expected_value",
                                 *           "basisPoints": 300
                                 *         },
                                 *         "D": {
                                 *           "kind": "share_of_expected_value",
                                 *           "basisPoints": 300
                                 *         },
                                 *         "E": {
                                 *           "kind": "hotline_hours",
                                 *           "hours": 16,
                                 *           "rateLevel": "H1"
                                 *         }
                                 *       },
                                 *       "alertThresholds": [
                                 *         5000,
                                 *         8000,
                                 *         10000
                                 *       ]
                                 *     }
                                 */
                                budget: {
                                    tiers: {
                                        A: {
                                            /** @enum {string} */
                                            kind: "share_of_expected_value";
                                            basisPoints: number;
                                        } | {
                                            /** @enum {string} */
                                            kind: "hotline_hours";
                                            hours: number;
                                            rateLevel: string;
                                        };
                                        B: {
                                            /** @enum {string} */
                                            kind: "share_of_expected_value";
                                            basisPoints: number;
                                        } | {
                                            /** @enum {string} */
                                            kind: "hotline_hours";
                                            hours: number;
                                            rateLevel: string;
                                        };
                                        C: {
                                            /** @enum {string} */
                                            kind: "share_of_expected_value";
                                            basisPoints: number;
                                        } | {
                                            /** @enum {string} */
                                            kind: "hotline_hours";
                                            hours: number;
                                            rateLevel: string;
                                        };
                                        D: {
                                            /** @enum {string} */
                                            kind: "share_of_expected_value";
                                            basisPoints: number;
                                        } | {
                                            /** @enum {string} */
                                            kind: "hotline_hours";
                                            hours: number;
                                            rateLevel: string;
                                        };
                                        E: {
                                            /** @enum {string} */
                                            kind: "share_of_expected_value";
                                            basisPoints: number;
                                        } | {
                                            /** @enum {string} */
                                            kind: "hotline_hours";
                                            hours: number;
                                            rateLevel: string;
                                        };
                                    };
                                    alertThresholds: number[];
                                };
                                /**
                                 * @default {
                                 *       "dispatch": {
                                 *         "A": "delivery_center_lead",
                                 *         "B": "delivery_center_lead",
                                 *         "C": "office_manager",
                                 *         "D": "office_manager",
                                 *         "E": "hotline_lead"
                                 *       },
                                 *       "resourceRequest": {
                                 *         "A": "delivery_team_lead",
                                 *         "B": "delivery_team_lead",
                                 *         "C": "office_manager",
                                 *         "D": "office_manager",
                                 *         "E": "hotline_lead"
                                 *       },
                                 *       "overBudgetException": "director",
                                 *       "channelPath": "E"
                                 *     }
                                 */
                                approvals: {
                                    dispatch: {
                                        /** @enum {string} */
                                        A: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                        /** @enum {string} */
                                        B: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                        /** @enum {string} */
                                        C: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                        /** @enum {string} */
                                        D: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                        /** @enum {string} */
                                        E: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                    };
                                    resourceRequest: {
                                        /** @enum {string} */
                                        A: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                        /** @enum {string} */
                                        B: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                        /** @enum {string} */
                                        C: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                        /** @enum {string} */
                                        D: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                        /** @enum {string} */
                                        E: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                    };
                                    /** @enum {string} */
                                    overBudgetException: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                    /** @enum {string} */
                                    channelPath: "A" | "B" | "C" | "D" | "E";
                                };
                                /**
                                 * @default {
                                 *       "currency": "CNY",
                                 *       "entries": [
                                 *         {
                                 *           "role": "presales",
                                 *           "level": "P1",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 150000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "presales",
                                 *           "level": "P2",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 250000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "presales",
                                 *           "level": "P3",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 350000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "presales",
                                 *           "level": "P4",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 500000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "solution",
                                 *           "level": "P1",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 200000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "solution",
                                 *           "level": "P2",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 300000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "solution",
                                 *           "level": "P3",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 450000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "solution",
                                 *           "level": "P4",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 600000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "test",
                                 *           "level": "P1",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 120000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "test",
                                 *           "level": "P2",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 200000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "test",
                                 *           "level": "P3",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 300000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "test",
                                 *           "level": "P4",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 400000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "delivery",
                                 *           "level": "P1",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 150000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "delivery",
                                 *           "level": "P2",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 250000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "delivery",
                                 *           "level": "P3",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 350000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "delivery",
                                 *           "level": "P4",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 450000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "after_sales",
                                 *           "level": "P1",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 100000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "after_sales",
                                 *           "level": "P2",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 180000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "after_sales",
                                 *           "level": "P3",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 260000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "after_sales",
                                 *           "level": "P4",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 350000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "custom_dev",
                                 *           "level": "P1",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 150000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "custom_dev",
                                 *           "level": "P2",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 250000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "custom_dev",
                                 *           "level": "P3",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 350000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "custom_dev",
                                 *           "level": "P4",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 500000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "hotline",
                                 *           "level": "H1",
                                 *           "unit": "hour",
                                 *           "rate": {
                                 *             "amount": 15000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "hotline",
                                 *           "level": "H2",
                                 *           "unit": "hour",
                                 *           "rate": {
                                 *             "amount": 25000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         }
                                 *       ]
                                 *     }
                                 */
                                rateCard: {
                                    currency: string;
                                    entries: {
                                        /** @enum {string} */
                                        role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                        level: string;
                                        /** @enum {string} */
                                        unit: "day" | "hour";
                                        rate: {
                                            amount: number;
                                            currency: string;
                                        };
                                        effectiveFrom: string;
                                    }[];
                                };
                                /**
                                 * @default {
                                 *       "enabled": true,
                                 *       "timeZoneOffsetMinutes": 480,
                                 *       "weekend": [
                                 *         0,
                                 *         6
                                 *       ],
                                 *       "holidays": [
                                 *         "2026-01-01",
                                 *         "2026-01-02",
                                 *         "2026-01-03",
                                 *         "2026-02-15",
                                 *         "2026-02-16",
                                 *         "2026-02-17",
                                 *         "2026-02-18",
                                 *         "2026-02-19",
                                 *         "2026-02-20",
                                 *         "2026-02-21",
                                 *         "2026-02-22",
                                 *         "2026-02-23",
                                 *         "2026-04-04",
                                 *         "2026-04-05",
                                 *         "2026-04-06",
                                 *         "2026-05-01",
                                 *         "2026-05-02",
                                 *         "2026-05-03",
                                 *         "2026-05-04",
                                 *         "2026-05-05",
                                 *         "2026-06-19",
                                 *         "2026-06-20",
                                 *         "2026-06-21",
                                 *         "2026-09-25",
                                 *         "2026-09-26",
                                 *         "2026-09-27",
                                 *         "2026-10-01",
                                 *         "2026-10-02",
                                 *         "2026-10-03",
                                 *         "2026-10-04",
                                 *         "2026-10-05",
                                 *         "2026-10-06",
                                 *         "2026-10-07",
                                 *         "2027-01-01",
                                 *         "2027-01-02",
                                 *         "2027-01-03",
                                 *         "2027-02-05",
                                 *         "2027-02-06",
                                 *         "2027-02-07",
                                 *         "2027-02-08",
                                 *         "2027-02-09",
                                 *         "2027-02-10",
                                 *         "2027-02-11",
                                 *         "2027-02-12",
                                 *         "2027-04-03",
                                 *         "2027-04-04",
                                 *         "2027-04-05",
                                 *         "2027-05-01",
                                 *         "2027-05-02",
                                 *         "2027-05-03",
                                 *         "2027-05-04",
                                 *         "2027-05-05",
                                 *         "2027-06-09",
                                 *         "2027-09-15",
                                 *         "2027-10-01",
                                 *         "2027-10-02",
                                 *         "2027-10-03",
                                 *         "2027-10-04",
                                 *         "2027-10-05",
                                 *         "2027-10-06",
                                 *         "2027-10-07"
                                 *       ],
                                 *       "workdays": [
                                 *         "2026-01-04",
                                 *         "2026-02-14",
                                 *         "2026-02-28",
                                 *         "2026-05-09",
                                 *         "2026-09-20",
                                 *         "2026-10-10",
                                 *         "2027-01-31",
                                 *         "2027-02-20",
                                 *         "2027-05-08",
                                 *         "2027-09-26",
                                 *         "2027-10-09"
                                 *       ]
                                 *     }
                                 */
                                calendar: {
                                    enabled: boolean;
                                    timeZoneOffsetMinutes: number;
                                    /**
                                     * @default [
                                     *       0,
                                     *       6
                                     *     ]
                                     */
                                    weekend: number[];
                                    /** @default [] */
                                    holidays: string[];
                                    /** @default [] */
                                    workdays: string[];
                                };
                                /**
                                 * @default {
                                 *       "approvalHours": {
                                 *         "dispatch": 24,
                                 *         "resource": 16,
                                 *         "over_budget": 24
                                 *       },
                                 *       "handoffOfferHours": 24,
                                 *       "scoringHours": 120
                                 *     }
                                 */
                                sla: {
                                    approvalHours: {
                                        dispatch: number;
                                        resource: number;
                                        over_budget: number;
                                    };
                                    handoffOfferHours: number;
                                    /** @default 120 */
                                    scoringHours: number;
                                };
                                /**
                                 * @default {
                                 *       "reminderAtBasisPoints": 5000,
                                 *       "stepHours": 8,
                                 *       "maxLevels": 3,
                                 *       "newOwnerGraceHours": 8
                                 *     }
                                 */
                                escalation: {
                                    reminderAtBasisPoints: number;
                                    stepHours: number;
                                    maxLevels: number;
                                    /** @default 8 */
                                    newOwnerGraceHours: number;
                                };
                                /** @default 5 */
                                capacityDaysPerWeek: number;
                                /**
                                 * @default {
                                 *       "salesOwnerBasisPoints": 10000,
                                 *       "presalesLeadBasisPoints": 10000,
                                 *       "deliveryManagerBasisPoints": 10000
                                 *     }
                                 */
                                credit: {
                                    /** @default 10000 */
                                    salesOwnerBasisPoints: number;
                                    /** @default 10000 */
                                    presalesLeadBasisPoints: number;
                                    /** @default 10000 */
                                    deliveryManagerBasisPoints: number;
                                };
                                /**
                                 * @default {
                                 *       "requiredFunctions": [
                                 *         "presales",
                                 *         "test",
                                 *         "delivery",
                                 *         "after_sales",
                                 *         "custom_dev"
                                 *       ]
                                 *     }
                                 */
                                deliveryCenters: {
                                    requiredFunctions: ("presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev")[];
                                };
                                /**
                                 * @default {
                                 *       "period": "quarter",
                                 *       "weighting": "days_worked",
                                 *       "minimumDaysPerProject": 1,
                                 *       "normalisationScores": 3,
                                 *       "appealWindowHours": 120,
                                 *       "appealDecisionHours": 72,
                                 *       "scoreShareBasisPoints": {
                                 *         "presales": 6000,
                                 *         "solution": 6000,
                                 *         "test": 5000,
                                 *         "delivery": 5000,
                                 *         "sales": 3000
                                 *       },
                                 *       "defaultScoreShareBasisPoints": 4000,
                                 *       "payCurve": [
                                 *         {
                                 *           "score": 1,
                                 *           "factorBasisPoints": 0
                                 *         },
                                 *         {
                                 *           "score": 3,
                                 *           "factorBasisPoints": 10000
                                 *         },
                                 *         {
                                 *           "score": 5,
                                 *           "factorBasisPoints": 15000
                                 *         }
                                 *       ]
                                 *     }
                                 */
                                assessment: {
                                    /** @enum {string} */
                                    period: "quarter" | "year";
                                    /** @enum {string} */
                                    weighting: "days_worked" | "equal";
                                    minimumDaysPerProject: number;
                                    normalisationScores: number;
                                    appealWindowHours: number;
                                    /** @default 72 */
                                    appealDecisionHours: number;
                                    scoreShareBasisPoints: {
                                        [key: string]: number;
                                    };
                                    defaultScoreShareBasisPoints: number;
                                    payCurve: {
                                        score: number;
                                        factorBasisPoints: number;
                                    }[];
                                };
                            };
                            /** Format: uuid */
                            createdBy: string | null;
                            reason: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        /**
         * Publish a new policy version; new projects pin it, running projects keep theirs
         * @description Besides its shape the document must make sense (see POST /api/policy/validate): a 400 names every problem by its path, e.g. `body.document.tiers.thresholds.CNY.B`. Admins and directors.
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
                        document: {
                            tiers: {
                                thresholds: {
                                    [key: string]: {
                                        A: number;
                                        B: number;
                                        C: number;
                                        D: number;
                                    };
                                };
                                strategicA: {
                                    minValue: {
                                        [key: string]: number;
                                    };
                                    keyIndustries: string[];
                                };
                                /** @enum {string} */
                                channelBestTier: "A" | "B" | "C" | "D" | "E";
                                /**
                                 * @default {
                                 *       "weights": {
                                 *         "winProbability": 4000,
                                 *         "strategicValue": 2000,
                                 *         "competitivePosition": 2000,
                                 *         "customerImportance": 2000
                                 *       },
                                 *       "promoteFromScore": 4.5,
                                 *       "demoteBelowScore": 2
                                 *     }
                                 */
                                quality?: {
                                    weights: {
                                        winProbability: number;
                                        strategicValue: number;
                                        competitivePosition: number;
                                        customerImportance: number;
                                    };
                                    promoteFromScore: number;
                                    demoteBelowScore: number;
                                };
                            };
                            pipeline: {
                                stages: {
                                    key: string;
                                    label: string;
                                    /** @enum {string} */
                                    ownerRole: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                    slaHours: number;
                                    /** @enum {string} */
                                    requiredFromTier?: "A" | "B" | "C" | "D" | "E";
                                    slaHoursByTier?: {
                                        [key: string]: number;
                                    };
                                    /** @default false */
                                    requiresFeasibility?: boolean;
                                }[];
                                closeWonFrom: string;
                                /**
                                 * @default {
                                 *       "label": "交付移交 delivery handoff",
                                 *       "acceptHours": 72
                                 *     }
                                 */
                                deliveryHandoff?: {
                                    label: string;
                                    acceptHours: number;
                                };
                            };
                            /**
                             * @default {
                             *       "tiers": {
                             *         "A": {
                             *           "kind": "share_of_expected_value",
                             *           "basisPoints": 200
                             *         },
                             *         "B": {
                             *           "kind": "share_of_expected_value",
                             *           "basisPoints": 250
                             *         },
                             *         "C": {
                             *           "kind": "share_of_expected_value",
                             *           "basisPoints": 300
                             *         },
                             *         "D": {
                             *           "kind": "share_of_expected_value",
                             *           "basisPoints": 300
                             *         },
                             *         "E": {
                             *           "kind": "hotline_hours",
                             *           "hours": 16,
                             *           "rateLevel": "H1"
                             *         }
                             *       },
                             *       "alertThresholds": [
                             *         5000,
                             *         8000,
                             *         10000
                             *       ]
                             *     }
                             */
                            budget?: {
                                tiers: {
                                    A: {
                                        /** @enum {string} */
                                        kind: "share_of_expected_value";
                                        basisPoints: number;
                                    } | {
                                        /** @enum {string} */
                                        kind: "hotline_hours";
                                        hours: number;
                                        rateLevel: string;
                                    };
                                    B: {
                                        /** @enum {string} */
                                        kind: "share_of_expected_value";
                                        basisPoints: number;
                                    } | {
                                        /** @enum {string} */
                                        kind: "hotline_hours";
                                        hours: number;
                                        rateLevel: string;
                                    };
                                    C: {
                                        /** @enum {string} */
                                        kind: "share_of_expected_value";
                                        basisPoints: number;
                                    } | {
                                        /** @enum {string} */
                                        kind: "hotline_hours";
                                        hours: number;
                                        rateLevel: string;
                                    };
                                    D: {
                                        /** @enum {string} */
                                        kind: "share_of_expected_value";
                                        basisPoints: number;
                                    } | {
                                        /** @enum {string} */
                                        kind: "hotline_hours";
                                        hours: number;
                                        rateLevel: string;
                                    };
                                    E: {
                                        /** @enum {string} */
                                        kind: "share_of_expected_value";
                                        basisPoints: number;
                                    } | {
                                        /** @enum {string} */
                                        kind: "hotline_hours";
                                        hours: number;
                                        rateLevel: string;
                                    };
                                };
                                alertThresholds: number[];
                            };
                            /**
                             * @default {
                             *       "dispatch": {
                             *         "A": "delivery_center_lead",
                             *         "B": "delivery_center_lead",
                             *         "C": "office_manager",
                             *         "D": "office_manager",
                             *         "E": "hotline_lead"
                             *       },
                             *       "resourceRequest": {
                             *         "A": "delivery_team_lead",
                             *         "B": "delivery_team_lead",
                             *         "C": "office_manager",
                             *         "D": "office_manager",
                             *         "E": "hotline_lead"
                             *       },
                             *       "overBudgetException": "director",
                             *       "channelPath": "E"
                             *     }
                             */
                            approvals?: {
                                dispatch: {
                                    /** @enum {string} */
                                    A: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                    /** @enum {string} */
                                    B: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                    /** @enum {string} */
                                    C: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                    /** @enum {string} */
                                    D: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                    /** @enum {string} */
                                    E: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                };
                                resourceRequest: {
                                    /** @enum {string} */
                                    A: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                    /** @enum {string} */
                                    B: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                    /** @enum {string} */
                                    C: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                    /** @enum {string} */
                                    D: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                    /** @enum {string} */
                                    E: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                };
                                /** @enum {string} */
                                overBudgetException: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                /** @enum {string} */
                                channelPath: "A" | "B" | "C" | "D" | "E";
                            };
                            /**
                             * @default {
                             *       "currency": "CNY",
                             *       "entries": [
                             *         {
                             *           "role": "presales",
                             *           "level": "P1",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 150000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "presales",
                             *           "level": "P2",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 250000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "presales",
                             *           "level": "P3",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 350000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "presales",
                             *           "level": "P4",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 500000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "solution",
                             *           "level": "P1",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 200000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "solution",
                             *           "level": "P2",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 300000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "solution",
                             *           "level": "P3",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 450000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "solution",
                             *           "level": "P4",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 600000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "test",
                             *           "level": "P1",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 120000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "test",
                             *           "level": "P2",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 200000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "test",
                             *           "level": "P3",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 300000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "test",
                             *           "level": "P4",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 400000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "delivery",
                             *           "level": "P1",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 150000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "delivery",
                             *           "level": "P2",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 250000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "delivery",
                             *           "level": "P3",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 350000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "delivery",
                             *           "level": "P4",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 450000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "after_sales",
                             *           "level": "P1",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 100000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "after_sales",
                             *           "level": "P2",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 180000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "after_sales",
                             *           "level": "P3",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 260000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "after_sales",
                             *           "level": "P4",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 350000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "custom_dev",
                             *           "level": "P1",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 150000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "custom_dev",
                             *           "level": "P2",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 250000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "custom_dev",
                             *           "level": "P3",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 350000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "custom_dev",
                             *           "level": "P4",
                             *           "unit": "day",
                             *           "rate": {
                             *             "amount": 500000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "hotline",
                             *           "level": "H1",
                             *           "unit": "hour",
                             *           "rate": {
                             *             "amount": 15000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         },
                             *         {
                             *           "role": "hotline",
                             *           "level": "H2",
                             *           "unit": "hour",
                             *           "rate": {
                             *             "amount": 25000,
                             *             "currency": "CNY"
                             *           },
                             *           "effectiveFrom": "2025-01-01"
                             *         }
                             *       ]
                             *     }
                             */
                            rateCard?: {
                                currency: string;
                                entries: {
                                    /** @enum {string} */
                                    role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                    level: string;
                                    /** @enum {string} */
                                    unit: "day" | "hour";
                                    rate: {
                                        amount: number;
                                        currency: string;
                                    };
                                    effectiveFrom: string;
                                }[];
                            };
                            /**
                             * @default {
                             *       "enabled": true,
                             *       "timeZoneOffsetMinutes": 480,
                             *       "weekend": [
                             *         0,
                             *         6
                             *       ],
                             *       "holidays": [
                             *         "2026-01-01",
                             *         "2026-01-02",
                             *         "2026-01-03",
                             *         "2026-02-15",
                             *         "2026-02-16",
                             *         "2026-02-17",
                             *         "2026-02-18",
                             *         "2026-02-19",
                             *         "2026-02-20",
                             *         "2026-02-21",
                             *         "2026-02-22",
                             *         "2026-02-23",
                             *         "2026-04-04",
                             *         "2026-04-05",
                             *         "2026-04-06",
                             *         "2026-05-01",
                             *         "2026-05-02",
                             *         "2026-05-03",
                             *         "2026-05-04",
                             *         "2026-05-05",
                             *         "2026-06-19",
                             *         "2026-06-20",
                             *         "2026-06-21",
                             *         "2026-09-25",
                             *         "2026-09-26",
                             *         "2026-09-27",
                             *         "2026-10-01",
                             *         "2026-10-02",
                             *         "2026-10-03",
                             *         "2026-10-04",
                             *         "2026-10-05",
                             *         "2026-10-06",
                             *         "2026-10-07",
                             *         "2027-01-01",
                             *         "2027-01-02",
                             *         "2027-01-03",
                             *         "2027-02-05",
                             *         "2027-02-06",
                             *         "2027-02-07",
                             *         "2027-02-08",
                             *         "2027-02-09",
                             *         "2027-02-10",
                             *         "2027-02-11",
                             *         "2027-02-12",
                             *         "2027-04-03",
                             *         "2027-04-04",
                             *         "2027-04-05",
                             *         "2027-05-01",
                             *         "2027-05-02",
                             *         "2027-05-03",
                             *         "2027-05-04",
                             *         "2027-05-05",
                             *         "2027-06-09",
                             *         "2027-09-15",
                             *         "2027-10-01",
                             *         "2027-10-02",
                             *         "2027-10-03",
                             *         "2027-10-04",
                             *         "2027-10-05",
                             *         "2027-10-06",
                             *         "2027-10-07"
                             *       ],
                             *       "workdays": [
                             *         "2026-01-04",
                             *         "2026-02-14",
                             *         "2026-02-28",
                             *         "2026-05-09",
                             *         "2026-09-20",
                             *         "2026-10-10",
                             *         "2027-01-31",
                             *         "2027-02-20",
                             *         "2027-05-08",
                             *         "2027-09-26",
                             *         "2027-10-09"
                             *       ]
                             *     }
                             */
                            calendar?: {
                                enabled: boolean;
                                timeZoneOffsetMinutes: number;
                                /**
                                 * @default [
                                 *       0,
                                 *       6
                                 *     ]
                                 */
                                weekend?: number[];
                                /** @default [] */
                                holidays?: string[];
                                /** @default [] */
                                workdays?: string[];
                            };
                            /**
                             * @default {
                             *       "approvalHours": {
                             *         "dispatch": 24,
                             *         "resource": 16,
                             *         "over_budget": 24
                             *       },
                             *       "handoffOfferHours": 24,
                             *       "scoringHours": 120
                             *     }
                             */
                            sla?: {
                                approvalHours: {
                                    dispatch: number;
                                    resource: number;
                                    over_budget: number;
                                };
                                handoffOfferHours: number;
                                /** @default 120 */
                                scoringHours?: number;
                            };
                            /**
                             * @default {
                             *       "reminderAtBasisPoints": 5000,
                             *       "stepHours": 8,
                             *       "maxLevels": 3,
                             *       "newOwnerGraceHours": 8
                             *     }
                             */
                            escalation?: {
                                reminderAtBasisPoints: number;
                                stepHours: number;
                                maxLevels: number;
                                /** @default 8 */
                                newOwnerGraceHours?: number;
                            };
                            /** @default 5 */
                            capacityDaysPerWeek?: number;
                            /**
                             * @default {
                             *       "salesOwnerBasisPoints": 10000,
                             *       "presalesLeadBasisPoints": 10000,
                             *       "deliveryManagerBasisPoints": 10000
                             *     }
                             */
                            credit?: {
                                /** @default 10000 */
                                salesOwnerBasisPoints?: number;
                                /** @default 10000 */
                                presalesLeadBasisPoints?: number;
                                /** @default 10000 */
                                deliveryManagerBasisPoints?: number;
                            };
                            /**
                             * @default {
                             *       "requiredFunctions": [
                             *         "presales",
                             *         "test",
                             *         "delivery",
                             *         "after_sales",
                             *         "custom_dev"
                             *       ]
                             *     }
                             */
                            deliveryCenters?: {
                                requiredFunctions: ("presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev")[];
                            };
                            /**
                             * @default {
                             *       "period": "quarter",
                             *       "weighting": "days_worked",
                             *       "minimumDaysPerProject": 1,
                             *       "normalisationScores": 3,
                             *       "appealWindowHours": 120,
                             *       "appealDecisionHours": 72,
                             *       "scoreShareBasisPoints": {
                             *         "presales": 6000,
                             *         "solution": 6000,
                             *         "test": 5000,
                             *         "delivery": 5000,
                             *         "sales": 3000
                             *       },
                             *       "defaultScoreShareBasisPoints": 4000,
                             *       "payCurve": [
                             *         {
                             *           "score": 1,
                             *           "factorBasisPoints": 0
                             *         },
                             *         {
                             *           "score": 3,
                             *           "factorBasisPoints": 10000
                             *         },
                             *         {
                             *           "score": 5,
                             *           "factorBasisPoints": 15000
                             *         }
                             *       ]
                             *     }
                             */
                            assessment?: {
                                /** @enum {string} */
                                period: "quarter" | "year";
                                /** @enum {string} */
                                weighting: "days_worked" | "equal";
                                minimumDaysPerProject: number;
                                normalisationScores: number;
                                appealWindowHours: number;
                                /** @default 72 */
                                appealDecisionHours?: number;
                                scoreShareBasisPoints: {
                                    [key: string]: number;
                                };
                                defaultScoreShareBasisPoints: number;
                                payCurve: {
                                    score: number;
                                    factorBasisPoints: number;
                                }[];
                            };
                        };
                        reason: string;
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
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/policy/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                                version: number;
                                /** Format: uuid */
                                createdBy: string | null;
                                reason: string | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/policy/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    version: number;
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
                            version: number;
                            document: {
                                tiers: {
                                    thresholds: {
                                        [key: string]: {
                                            A: number;
                                            B: number;
                                            C: number;
                                            D: number;
                                        };
                                    };
                                    strategicA: {
                                        minValue: {
                                            [key: string]: number;
                                        };
                                        keyIndustries: string[];
                                    };
                                    /** @enum {string} */
                                    channelBestTier: "A" | "B" | "C" | "D" | "E";
                                    /**
                                     * @default {
                                     *       "weights": {
                                     *         "winProbability": 4000,
                                     *         "strategicValue": 2000,
                                     *         "competitivePosition": 2000,
                                     *         "customerImportance": 2000
                                     *       },
                                     *       "promoteFromScore": 4.5,
                                     *       "demoteBelowScore": 2
                                     *     }
                                     */
                                    quality: {
                                        weights: {
                                            winProbability: number;
                                            strategicValue: number;
                                            competitivePosition: number;
                                            customerImportance: number;
                                        };
                                        promoteFromScore: number;
                                        demoteBelowScore: number;
                                    };
                                };
                                pipeline: {
                                    stages: {
                                        key: string;
                                        label: string;
                                        /** @enum {string} */
                                        ownerRole: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                        slaHours: number;
                                        /** @enum {string} */
                                        requiredFromTier?: "A" | "B" | "C" | "D" | "E";
                                        slaHoursByTier?: {
                                            [key: string]: number;
                                        };
                                        /** @default false */
                                        requiresFeasibility: boolean;
                                    }[];
                                    closeWonFrom: string;
                                    /**
                                     * @default {
                                     *       "label": "交付移交 delivery handoff",
                                     *       "acceptHours": 72
                                     *     }
                                     */
                                    deliveryHandoff: {
                                        label: string;
                                        acceptHours: number;
                                    };
                                };
                                /**
                                 * @default {
                                 *       "tiers": {
                                 *         "A": {
                                 *           "kind": "share_of_expected_value",
                                 *           "basisPoints": 200
                                 *         },
                                 *         "B": {
                                 *           "kind": "share_of_expected_value",
                                 *           "basisPoints": 250
                                 *         },
                                 *         "C": {
                                 *           "kind": "share_of_expected_value",
                                 *           "basisPoints": 300
                                 *         },
                                 *         "D": {
                                 *           "kind": "share_of_expected_value",
                                 *           "basisPoints": 300
                                 *         },
                                 *         "E": {
                                 *           "kind": "hotline_hours",
                                 *           "hours": 16,
                                 *           "rateLevel": "H1"
                                 *         }
                                 *       },
                                 *       "alertThresholds": [
                                 *         5000,
                                 *         8000,
                                 *         10000
                                 *       ]
                                 *     }
                                 */
                                budget: {
                                    tiers: {
                                        A: {
                                            /** @enum {string} */
                                            kind: "share_of_expected_value";
                                            basisPoints: number;
                                        } | {
                                            /** @enum {string} */
                                            kind: "hotline_hours";
                                            hours: number;
                                            rateLevel: string;
                                        };
                                        B: {
                                            /** @enum {string} */
                                            kind: "share_of_expected_value";
                                            basisPoints: number;
                                        } | {
                                            /** @enum {string} */
                                            kind: "hotline_hours";
                                            hours: number;
                                            rateLevel: string;
                                        };
                                        C: {
                                            /** @enum {string} */
                                            kind: "share_of_expected_value";
                                            basisPoints: number;
                                        } | {
                                            /** @enum {string} */
                                            kind: "hotline_hours";
                                            hours: number;
                                            rateLevel: string;
                                        };
                                        D: {
                                            /** @enum {string} */
                                            kind: "share_of_expected_value";
                                            basisPoints: number;
                                        } | {
                                            /** @enum {string} */
                                            kind: "hotline_hours";
                                            hours: number;
                                            rateLevel: string;
                                        };
                                        E: {
                                            /** @enum {string} */
                                            kind: "share_of_expected_value";
                                            basisPoints: number;
                                        } | {
                                            /** @enum {string} */
                                            kind: "hotline_hours";
                                            hours: number;
                                            rateLevel: string;
                                        };
                                    };
                                    alertThresholds: number[];
                                };
                                /**
                                 * @default {
                                 *       "dispatch": {
                                 *         "A": "delivery_center_lead",
                                 *         "B": "delivery_center_lead",
                                 *         "C": "office_manager",
                                 *         "D": "office_manager",
                                 *         "E": "hotline_lead"
                                 *       },
                                 *       "resourceRequest": {
                                 *         "A": "delivery_team_lead",
                                 *         "B": "delivery_team_lead",
                                 *         "C": "office_manager",
                                 *         "D": "office_manager",
                                 *         "E": "hotline_lead"
                                 *       },
                                 *       "overBudgetException": "director",
                                 *       "channelPath": "E"
                                 *     }
                                 */
                                approvals: {
                                    dispatch: {
                                        /** @enum {string} */
                                        A: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                        /** @enum {string} */
                                        B: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                        /** @enum {string} */
                                        C: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                        /** @enum {string} */
                                        D: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                        /** @enum {string} */
                                        E: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                    };
                                    resourceRequest: {
                                        /** @enum {string} */
                                        A: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                        /** @enum {string} */
                                        B: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                        /** @enum {string} */
                                        C: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                        /** @enum {string} */
                                        D: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                        /** @enum {string} */
                                        E: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                    };
                                    /** @enum {string} */
                                    overBudgetException: "delivery_center_lead" | "delivery_team_lead" | "office_manager" | "hotline_lead" | "director";
                                    /** @enum {string} */
                                    channelPath: "A" | "B" | "C" | "D" | "E";
                                };
                                /**
                                 * @default {
                                 *       "currency": "CNY",
                                 *       "entries": [
                                 *         {
                                 *           "role": "presales",
                                 *           "level": "P1",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 150000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "presales",
                                 *           "level": "P2",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 250000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "presales",
                                 *           "level": "P3",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 350000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "presales",
                                 *           "level": "P4",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 500000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "solution",
                                 *           "level": "P1",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 200000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "solution",
                                 *           "level": "P2",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 300000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "solution",
                                 *           "level": "P3",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 450000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "solution",
                                 *           "level": "P4",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 600000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "test",
                                 *           "level": "P1",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 120000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "test",
                                 *           "level": "P2",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 200000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "test",
                                 *           "level": "P3",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 300000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "test",
                                 *           "level": "P4",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 400000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "delivery",
                                 *           "level": "P1",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 150000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "delivery",
                                 *           "level": "P2",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 250000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "delivery",
                                 *           "level": "P3",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 350000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "delivery",
                                 *           "level": "P4",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 450000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "after_sales",
                                 *           "level": "P1",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 100000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "after_sales",
                                 *           "level": "P2",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 180000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "after_sales",
                                 *           "level": "P3",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 260000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "after_sales",
                                 *           "level": "P4",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 350000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "custom_dev",
                                 *           "level": "P1",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 150000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "custom_dev",
                                 *           "level": "P2",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 250000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "custom_dev",
                                 *           "level": "P3",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 350000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "custom_dev",
                                 *           "level": "P4",
                                 *           "unit": "day",
                                 *           "rate": {
                                 *             "amount": 500000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "hotline",
                                 *           "level": "H1",
                                 *           "unit": "hour",
                                 *           "rate": {
                                 *             "amount": 15000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         },
                                 *         {
                                 *           "role": "hotline",
                                 *           "level": "H2",
                                 *           "unit": "hour",
                                 *           "rate": {
                                 *             "amount": 25000,
                                 *             "currency": "CNY"
                                 *           },
                                 *           "effectiveFrom": "2025-01-01"
                                 *         }
                                 *       ]
                                 *     }
                                 */
                                rateCard: {
                                    currency: string;
                                    entries: {
                                        /** @enum {string} */
                                        role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                        level: string;
                                        /** @enum {string} */
                                        unit: "day" | "hour";
                                        rate: {
                                            amount: number;
                                            currency: string;
                                        };
                                        effectiveFrom: string;
                                    }[];
                                };
                                /**
                                 * @default {
                                 *       "enabled": true,
                                 *       "timeZoneOffsetMinutes": 480,
                                 *       "weekend": [
                                 *         0,
                                 *         6
                                 *       ],
                                 *       "holidays": [
                                 *         "2026-01-01",
                                 *         "2026-01-02",
                                 *         "2026-01-03",
                                 *         "2026-02-15",
                                 *         "2026-02-16",
                                 *         "2026-02-17",
                                 *         "2026-02-18",
                                 *         "2026-02-19",
                                 *         "2026-02-20",
                                 *         "2026-02-21",
                                 *         "2026-02-22",
                                 *         "2026-02-23",
                                 *         "2026-04-04",
                                 *         "2026-04-05",
                                 *         "2026-04-06",
                                 *         "2026-05-01",
                                 *         "2026-05-02",
                                 *         "2026-05-03",
                                 *         "2026-05-04",
                                 *         "2026-05-05",
                                 *         "2026-06-19",
                                 *         "2026-06-20",
                                 *         "2026-06-21",
                                 *         "2026-09-25",
                                 *         "2026-09-26",
                                 *         "2026-09-27",
                                 *         "2026-10-01",
                                 *         "2026-10-02",
                                 *         "2026-10-03",
                                 *         "2026-10-04",
                                 *         "2026-10-05",
                                 *         "2026-10-06",
                                 *         "2026-10-07",
                                 *         "2027-01-01",
                                 *         "2027-01-02",
                                 *         "2027-01-03",
                                 *         "2027-02-05",
                                 *         "2027-02-06",
                                 *         "2027-02-07",
                                 *         "2027-02-08",
                                 *         "2027-02-09",
                                 *         "2027-02-10",
                                 *         "2027-02-11",
                                 *         "2027-02-12",
                                 *         "2027-04-03",
                                 *         "2027-04-04",
                                 *         "2027-04-05",
                                 *         "2027-05-01",
                                 *         "2027-05-02",
                                 *         "2027-05-03",
                                 *         "2027-05-04",
                                 *         "2027-05-05",
                                 *         "2027-06-09",
                                 *         "2027-09-15",
                                 *         "2027-10-01",
                                 *         "2027-10-02",
                                 *         "2027-10-03",
                                 *         "2027-10-04",
                                 *         "2027-10-05",
                                 *         "2027-10-06",
                                 *         "2027-10-07"
                                 *       ],
                                 *       "workdays": [
                                 *         "2026-01-04",
                                 *         "2026-02-14",
                                 *         "2026-02-28",
                                 *         "2026-05-09",
                                 *         "2026-09-20",
                                 *         "2026-10-10",
                                 *         "2027-01-31",
                                 *         "2027-02-20",
                                 *         "2027-05-08",
                                 *         "2027-09-26",
                                 *         "2027-10-09"
                                 *       ]
                                 *     }
                                 */
                                calendar: {
                                    enabled: boolean;
                                    timeZoneOffsetMinutes: number;
                                    /**
                                     * @default [
                                     *       0,
                                     *       6
                                     *     ]
                                     */
                                    weekend: number[];
                                    /** @default [] */
                                    holidays: string[];
                                    /** @default [] */
                                    workdays: string[];
                                };
                                /**
                                 * @default {
                                 *       "approvalHours": {
                                 *         "dispatch": 24,
                                 *         "resource": 16,
                                 *         "over_budget": 24
                                 *       },
                                 *       "handoffOfferHours": 24,
                                 *       "scoringHours": 120
                                 *     }
                                 */
                                sla: {
                                    approvalHours: {
                                        dispatch: number;
                                        resource: number;
                                        over_budget: number;
                                    };
                                    handoffOfferHours: number;
                                    /** @default 120 */
                                    scoringHours: number;
                                };
                                /**
                                 * @default {
                                 *       "reminderAtBasisPoints": 5000,
                                 *       "stepHours": 8,
                                 *       "maxLevels": 3,
                                 *       "newOwnerGraceHours": 8
                                 *     }
                                 */
                                escalation: {
                                    reminderAtBasisPoints: number;
                                    stepHours: number;
                                    maxLevels: number;
                                    /** @default 8 */
                                    newOwnerGraceHours: number;
                                };
                                /** @default 5 */
                                capacityDaysPerWeek: number;
                                /**
                                 * @default {
                                 *       "salesOwnerBasisPoints": 10000,
                                 *       "presalesLeadBasisPoints": 10000,
                                 *       "deliveryManagerBasisPoints": 10000
                                 *     }
                                 */
                                credit: {
                                    /** @default 10000 */
                                    salesOwnerBasisPoints: number;
                                    /** @default 10000 */
                                    presalesLeadBasisPoints: number;
                                    /** @default 10000 */
                                    deliveryManagerBasisPoints: number;
                                };
                                /**
                                 * @default {
                                 *       "requiredFunctions": [
                                 *         "presales",
                                 *         "test",
                                 *         "delivery",
                                 *         "after_sales",
                                 *         "custom_dev"
                                 *       ]
                                 *     }
                                 */
                                deliveryCenters: {
                                    requiredFunctions: ("presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev")[];
                                };
                                /**
                                 * @default {
                                 *       "period": "quarter",
                                 *       "weighting": "days_worked",
                                 *       "minimumDaysPerProject": 1,
                                 *       "normalisationScores": 3,
                                 *       "appealWindowHours": 120,
                                 *       "appealDecisionHours": 72,
                                 *       "scoreShareBasisPoints": {
                                 *         "presales": 6000,
                                 *         "solution": 6000,
                                 *         "test": 5000,
                                 *         "delivery": 5000,
                                 *         "sales": 3000
                                 *       },
                                 *       "defaultScoreShareBasisPoints": 4000,
                                 *       "payCurve": [
                                 *         {
                                 *           "score": 1,
                                 *           "factorBasisPoints": 0
                                 *         },
                                 *         {
                                 *           "score": 3,
                                 *           "factorBasisPoints": 10000
                                 *         },
                                 *         {
                                 *           "score": 5,
                                 *           "factorBasisPoints": 15000
                                 *         }
                                 *       ]
                                 *     }
                                 */
                                assessment: {
                                    /** @enum {string} */
                                    period: "quarter" | "year";
                                    /** @enum {string} */
                                    weighting: "days_worked" | "equal";
                                    minimumDaysPerProject: number;
                                    normalisationScores: number;
                                    appealWindowHours: number;
                                    /** @default 72 */
                                    appealDecisionHours: number;
                                    scoreShareBasisPoints: {
                                        [key: string]: number;
                                    };
                                    defaultScoreShareBasisPoints: number;
                                    payCurve: {
                                        score: number;
                                        factorBasisPoints: number;
                                    }[];
                                };
                            };
                            /** Format: uuid */
                            createdBy: string | null;
                            reason: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/policy/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Whether PUT /api/policy would publish a document, and every problem with it; publishes nothing
         * @description The same checks as publishing: the document's shape, unknown keys, and its meaning (every tier reachable, every project budgetable and winnable, every number within bounds). Paths are inside the request body. Admins and directors, like publishing.
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
                        /** @description a policy document, as PUT /api/policy takes it */
                        document: {
                            [key: string]: unknown;
                        };
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
                            valid: boolean;
                            problems: {
                                /** @description where in the request body, e.g. "document.tiers.thresholds.CNY.B" */
                                path: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/projects/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The dispatcher appoints the lead who commands presales on the project (一票到底) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        teamLeadId: string;
                        comment?: string;
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/projects/{id}/dispatch/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** After a rejected dispatch, the owner asks again, saying what changed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/projects/{id}/resource-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The owner (or the delivery team lead of an A/B project) asks for a presales resource; an approval goes along the tier chain
         * @description 统一指挥: a request the appointed delivery team lead raises naming a person is their approval too: the person is booked at once (priced now; the note is the reason when they are outside the center; over the budget it waits for a director). Their manager is told.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                        /** @default [] */
                        skills?: string[];
                        days: number;
                        /** Format: uuid */
                        personId?: string;
                        note: string;
                        /** Format: uuid */
                        extendsBookingId?: string;
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
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            /** @enum {string} */
                            role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                            skills: string[];
                            days: number;
                            /** Format: uuid */
                            personId: string | null;
                            note: string;
                            /** Format: uuid */
                            requestedById: string;
                            /** @enum {string} */
                            status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                            /** Format: uuid */
                            approvalId: string;
                            /** Format: uuid */
                            exceptionApprovalId: string | null;
                            /** Format: uuid */
                            bookingId: string | null;
                            /** Format: uuid */
                            extendsBookingId: string | null;
                            requestedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/projects/{id}/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 统一指挥: the delivery team lead of an A/B project names the project team (replacing the list before)
         * @description Named people see the project and are told; everyone booked is on the team anyway. An unchanged list changes nothing.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        memberIds: string[];
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/resource-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            /** @enum {string} */
                            role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                            skills: string[];
                            days: number;
                            /** Format: uuid */
                            personId: string | null;
                            note: string;
                            /** Format: uuid */
                            requestedById: string;
                            /** @enum {string} */
                            status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                            /** Format: uuid */
                            approvalId: string;
                            /** Format: uuid */
                            exceptionApprovalId: string | null;
                            /** Format: uuid */
                            bookingId: string | null;
                            /** Format: uuid */
                            extendsBookingId: string | null;
                            requestedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/projects/{id}/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Actual days on a booking (the booked person or the owner): accrues actual cost */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        bookingId: string;
                        /** Format: date */
                        date: string;
                        days: number;
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/projects/{id}/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A director edits the presales budget, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: number;
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/approvals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            /** @enum {string} */
                            kind: "dispatch" | "resource" | "over_budget";
                            /** Format: uuid */
                            requestId: string | null;
                            approverKind: string;
                            /** Format: uuid */
                            approverId: string | null;
                            approverRole: string | null;
                            approverLabel: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "cancelled";
                            requestedAt: string;
                            decidedAt: string | null;
                            /** Format: uuid */
                            decidedById: string | null;
                            /** Format: uuid */
                            decisionPersonId: string | null;
                            comment: string | null;
                            links: {
                                project: string;
                                candidates: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/approvals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve: only the designated approver; may choose or change the person to book */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        personId?: string;
                        comment?: string;
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/approvals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/resource-requests/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People ranked for a resource request: role, skills, industry, free capacity in the window, cost
         * @description Capacity is the policy's capacityDaysPerWeek × working weeks in the window, on the policy's business calendar (its weekend, holidays and make-up working days, as for the SLAs), rounded down to a quarter day. Bookings carry no dates yet, so each booking's days are spread evenly over the 20 working days (Mon–Fri) from its booking date (UTC); bookings of projects closed before the window do not count.
         */
        get: {
            parameters: {
                query?: {
                    /** @description first day of the window (default today, UTC) */
                    from?: string;
                    /** @description last day of the window (default from + 27 days) */
                    to?: string;
                };
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
                            request: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            };
                            window: {
                                from: string;
                                to: string;
                                workingDays: number;
                                capacityDays: number;
                            };
                            /** @enum {string} */
                            routingTier: "A" | "B" | "C" | "D" | "E";
                            pricedOn: string;
                            ranked: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                score: number;
                                reasons: string[];
                                plannedCost: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                rate: {
                                    /** @enum {string} */
                                    role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                    level: string;
                                    /** @enum {string} */
                                    unit: "day" | "hour";
                                    rate: {
                                        amount: number;
                                        currency: string;
                                    };
                                    effectiveFrom: string;
                                } | null;
                                capacityDays: number;
                                bookedDays: number;
                                freeDays: number;
                            }[];
                            excluded: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/hotlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set up the hotline (服务热线) whose lead serves tier E and channel projects */
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
                        name: string;
                        /** Format: uuid */
                        leadId: string;
                        /** @default [] */
                        officeIds?: string[];
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
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/me/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 待办: what waits for the caller, what they decided, what they raised
         * @description waiting (the default): handoff offers, approvals (dispatch, resource, over-budget), feasibility sign-offs and scores the caller owes, oldest first; decided and raised: the newest 100 of each kind. Every item carries its project and `via`: the caller’s own, as a delegate (`onBehalfOf` the person out of office), escalated to them (`onBehalfOf` the approver), or as one of a pool.
         */
        get: {
            parameters: {
                query?: {
                    tab?: "waiting" | "decided" | "raised";
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
                            /** @enum {string} */
                            tab: "waiting" | "decided" | "raised";
                            handoffs: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                                project: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    customerName: string;
                                    /** @enum {string} */
                                    tier: "A" | "B" | "C" | "D" | "E";
                                    stage: string;
                                    /** @enum {string} */
                                    status: "open" | "won" | "lost";
                                    /** Format: uuid */
                                    ownerId: string;
                                };
                                /** @enum {string} */
                                via: "self" | "delegate" | "escalation" | "pool";
                                /** Format: uuid */
                                onBehalfOf: string | null;
                                waitsForNominee: string | null;
                            }[];
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                                project: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    customerName: string;
                                    /** @enum {string} */
                                    tier: "A" | "B" | "C" | "D" | "E";
                                    stage: string;
                                    /** @enum {string} */
                                    status: "open" | "won" | "lost";
                                    /** Format: uuid */
                                    ownerId: string;
                                };
                                /** @enum {string} */
                                via: "self" | "delegate" | "escalation" | "pool";
                                /** Format: uuid */
                                onBehalfOf: string | null;
                                request: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    projectId: string;
                                    /** @enum {string} */
                                    role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                    skills: string[];
                                    days: number;
                                    /** Format: uuid */
                                    personId: string | null;
                                    note: string;
                                    /** Format: uuid */
                                    requestedById: string;
                                    /** @enum {string} */
                                    status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                    /** Format: uuid */
                                    approvalId: string;
                                    /** Format: uuid */
                                    exceptionApprovalId: string | null;
                                    /** Format: uuid */
                                    bookingId: string | null;
                                    /** Format: uuid */
                                    extendsBookingId: string | null;
                                    requestedAt: string;
                                } | null;
                                centerMissingFunctions: string[];
                            }[];
                            feasibility: {
                                project: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    customerName: string;
                                    /** @enum {string} */
                                    tier: "A" | "B" | "C" | "D" | "E";
                                    stage: string;
                                    /** @enum {string} */
                                    status: "open" | "won" | "lost";
                                    /** Format: uuid */
                                    ownerId: string;
                                };
                                /** @enum {string} */
                                via: "self" | "delegate" | "escalation" | "pool";
                                /** Format: uuid */
                                onBehalfOf: string | null;
                                signOff: {
                                    approved: boolean;
                                    note: string;
                                    /** Format: uuid */
                                    signedById: string;
                                    signedAt: string;
                                } | null;
                                reopened: boolean;
                            }[];
                            deliveryHandoffs: {
                                project: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    customerName: string;
                                    /** @enum {string} */
                                    tier: "A" | "B" | "C" | "D" | "E";
                                    stage: string;
                                    /** @enum {string} */
                                    status: "open" | "won" | "lost";
                                    /** Format: uuid */
                                    ownerId: string;
                                };
                                /** @enum {string} */
                                via: "self" | "delegate" | "escalation" | "pool";
                                /** Format: uuid */
                                onBehalfOf: string | null;
                                /** @enum {string} */
                                status: "offered" | "accepted" | "declined";
                                /** Format: uuid */
                                toPersonId: string;
                                offeredAt: string;
                                dueAt: string;
                                commitments: number;
                            }[];
                            scoring: {
                                project: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    customerName: string;
                                    /** @enum {string} */
                                    tier: "A" | "B" | "C" | "D" | "E";
                                    stage: string;
                                    /** @enum {string} */
                                    status: "open" | "won" | "lost";
                                    /** Format: uuid */
                                    ownerId: string;
                                };
                                /** @enum {string} */
                                via: "self" | "delegate" | "escalation" | "pool";
                                /** Format: uuid */
                                onBehalfOf: string | null;
                                dueAt: string;
                                participants: string[];
                                missing: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's in-app notifications, newest first, read and unread (or only unread), with the unread count */
        get: {
            parameters: {
                query?: {
                    unread?: "true" | "false";
                    limit?: number;
                    cursor?: string;
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
                            items: {
                                id: string;
                                kind: string;
                                /** Format: uuid */
                                projectId: string | null;
                                title: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                createdAt: string;
                                readAt: string | null;
                            }[];
                            unread: number;
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
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
                            read: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/me/delegation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            delegation: {
                                /** Format: uuid */
                                delegateId: string;
                                from: string;
                                until: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        /** Out of office: approvals, dispatch decisions and handoff offers go to the delegate meanwhile */
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
                        /** Format: uuid */
                        delegateId: string;
                        /** Format: date-time */
                        from: string;
                        /** Format: date-time */
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
                        "application/json": {
                            delegation: {
                                /** Format: uuid */
                                delegateId: string;
                                from: string;
                                until: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        post?: never;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            removed: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the caller is notified: the in-app inbox always, plus e-mail and a webhook if chosen */
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
                            channels: ("inapp" | "email" | "webhook")[];
                            webhookUrl: string | null;
                            /** @enum {string} */
                            webhookFormat: "json" | "slack" | "feishu" | "dingtalk" | "wecom";
                            email: string;
                            available?: {
                                email: boolean;
                                webhook: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        /**
         * Choose the notification channels; the in-app inbox stays on. Applies to events from now on
         * @description The webhook channel needs `webhookUrl`; each POST carries `X-Moat-Signature: sha256=<hex HMAC-SHA256 of the body>`, `X-Moat-Event` and `X-Moat-Delivery`. `webhookFormat` picks the body: json (Moat's own), slack, feishu, dingtalk or wecom.
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
                        channels: ("inapp" | "email" | "webhook")[];
                        webhookUrl?: string;
                        /**
                         * @default json
                         * @enum {string}
                         */
                        webhookFormat?: "json" | "slack" | "feishu" | "dingtalk" | "wecom";
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
                            channels: ("inapp" | "email" | "webhook")[];
                            webhookUrl: string | null;
                            /** @enum {string} */
                            webhookFormat: "json" | "slack" | "feishu" | "dingtalk" | "wecom";
                            email: string;
                            available?: {
                                email: boolean;
                                webhook: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/me/notifications/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How one of the caller's notifications went out: per channel, its status, attempts and last error */
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
                            items: {
                                /** @enum {string} */
                                channel: "email" | "webhook";
                                /** @enum {string} */
                                status: "pending" | "sent" | "failed";
                                attempts: number;
                                lastError: string | null;
                                lastAttemptAt: string | null;
                                sentAt: string | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/projects/{id}/feasibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 交付可行性确认: delivery signs that what is promised can be delivered (needed before proposal) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approved: boolean;
                        note: string;
                        commitments?: {
                            item: string;
                            dueDate: string;
                        }[];
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/projects/{id}/deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend (snooze) the stage deadline: the owner's managers or a director, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        until: string;
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/projects/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forced reassignment: a director, or a manager the stage escalated to (audited, the new owner notified) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        toPersonId: string;
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/reports/stalled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open projects past their stage SLA, worst first
         * @description Any signed-in person: the open projects they may see (those they took part in, those whose sales owner or owner is in their tree, those of the offices they manage and of the delivery centers they lead); directors and admins every project.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
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
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                tier: string;
                                stage: string;
                                /** Format: uuid */
                                ownerId: string;
                                stageDeadline: string;
                                overdueHours: number;
                                escalationLevel: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/projects/{id}/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 背数字, 双算: the final value of a won deal and everyone’s credit on it now, corrections included
         * @description Empty before a win. Anyone who may see the project may read it, as its timeline shows the credit granted.
         */
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
                            finalValue: {
                                amount: number;
                                currency: string;
                            } | null;
                            holders: {
                                /** Format: uuid */
                                personId: string;
                                creditRole: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                };
                            }[];
                            entries: {
                                /** Format: uuid */
                                personId: string;
                                creditRole: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                };
                                basisPoints: number;
                                reason: string;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/projects/{id}/scoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is to be scored, who is scored, who is missing */
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
                            /** @enum {string} */
                            status: "open" | "complete" | "not_requested";
                            /** Format: uuid */
                            scorerId: string | null;
                            dueAt: string | null;
                            participants: string[];
                            missing: string[];
                            scores: {
                                /** Format: uuid */
                                personId: string;
                                score: number;
                                comment: string;
                                scoredAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/projects/{id}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 主负责人打分: the primary owner scores participants 1–5 with a comment; partial submissions allowed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        scores: {
                            /** Format: uuid */
                            personId: string;
                            score: number;
                            comment: string;
                        }[];
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
                            /** @enum {string} */
                            status: "open" | "complete" | "not_requested";
                            /** Format: uuid */
                            scorerId: string | null;
                            dueAt: string | null;
                            participants: string[];
                            missing: string[];
                            scores: {
                                /** Format: uuid */
                                personId: string;
                                score: number;
                                comment: string;
                                scoredAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/projects/{id}/final-value": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A director corrects a won deal's final value: correcting credit and revenue entries, never edits */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: number;
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
                            /** Format: uuid */
                            projectId: string;
                            finalValue: {
                                amount: number;
                                currency: string;
                            };
                            entries: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/reports/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Presales budget burn per project: over-budget first, then by burn, overBy or remaining
         * @description Any signed-in person: the projects they may see — those they took part in (or act for someone who did), those whose sales owner or owner is in their tree, those of the offices they manage, of the delivery centers they lead and of the hotline they lead (tier E and channel deals); directors and admins every project. The amounts are the ones the project itself shows.
         */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "won" | "lost";
                    sort?: "burn" | "overBy" | "remaining";
                    limit?: number;
                    /** @description only the projects of this office that the caller may see */
                    officeId?: string;
                    tier?: "A" | "B" | "C" | "D" | "E";
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
                            items: {
                                /** Format: uuid */
                                projectId: string;
                                name: string;
                                customerName: string;
                                /** @enum {string} */
                                tier: "A" | "B" | "C" | "D" | "E";
                                /** @enum {string} */
                                status: "open" | "won" | "lost";
                                stage: string;
                                /** Format: uuid */
                                officeId: string;
                                /** Format: uuid */
                                ownerId: string;
                                /** Format: uuid */
                                salesOwnerId: string;
                                overBudget: boolean;
                                budget: {
                                    amount: number;
                                    currency: string;
                                };
                                committed: {
                                    amount: number;
                                    currency: string;
                                };
                                actual: {
                                    amount: number;
                                    currency: string;
                                };
                                spent: {
                                    amount: number;
                                    currency: string;
                                };
                                remaining: {
                                    amount: number;
                                    currency: string;
                                };
                                overBy: {
                                    amount: number;
                                    currency: string;
                                };
                                usedBasisPoints: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/reports/utilization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Utilization per person and per delivery center in a date range
         * @description Capacity: working days on the policy's business calendar (its weekend, holidays and make-up working days, as for the SLAs) / the working days of a week × the policy's capacityDaysPerWeek, rounded down to a quarter day. Booked: planned days of bookings made (booked_at, UTC date) in the window. Worked: days of time entries whose work date is in the window, with their actual cost. A delivery center sums its members. Any signed-in person: the people whose rows they may see (themselves, everyone below them, the people of the offices they manage, the members of the centers they lead) and the centers they lead; directors and admins everyone. Rate levels and costs only where the caller may see them (their own, those below them; directors and admins all), else null.
         */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
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
                            window: {
                                from: string;
                                to: string;
                                workingDays: number;
                                capacityDaysPerWeek: number;
                                capacityDaysPerPerson: number;
                            };
                            people: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: uuid */
                                officeId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                                /** @description null without a rate level on record, or where the caller may not see it (the person, the managers above them, directors and admins may) */
                                rateLevel: string | null;
                                capacityDays: number;
                                bookedDays: number;
                                workedDays: number;
                                bookedBasisPoints: number | null;
                                workedBasisPoints: number | null;
                                /** @description Actual cost of the time worked in the window, one amount per currency. Null where the caller may not see the cost (only the person, the managers above them, directors and admins may); a center's is null unless the caller may see every member counted. */
                                actualCost: {
                                    amount: number;
                                    currency: string;
                                }[] | null;
                            }[];
                            deliveryCenters: {
                                /** Format: uuid */
                                deliveryCenterId: string;
                                name: string;
                                /** @description null for a center of a key solution */
                                industry: string | null;
                                solution: string | null;
                                /** Format: uuid */
                                leadId: string;
                                members: number;
                                capacityDays: number;
                                bookedDays: number;
                                workedDays: number;
                                bookedBasisPoints: number | null;
                                workedBasisPoints: number | null;
                                /** @description Actual cost of the time worked in the window, one amount per currency. Null where the caller may not see the cost (only the person, the managers above them, directors and admins may); a center's is null unless the caller may see every member counted. */
                                actualCost: {
                                    amount: number;
                                    currency: string;
                                }[] | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/reports/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Credit (背数字, 双算) per person, office or delivery center, with the projects behind it and revenue beside it
         * @description Credit entries whose time falls in the window (UTC dates, both included), corrections included, grouped by the credited person, or by their office or delivery center as on record now. Revenue is the revenue entries of the same window of the projects behind the credit, each project counted once per group and once in the totals: credit may add up past 100% of revenue (creditBasisPointsOfRevenue > 10000). Amounts per currency. Any signed-in person: the credit of the people whose rows they may see (themselves, everyone below them, the people of the offices they manage, the members of the centers they lead) on the projects they may see; per office only the offices they manage, per center only the centers they lead, plus the group of those without one. Directors and admins see everything. Totals are over the groups shown.
         */
        get: {
            parameters: {
                query: {
                    /** @description first day, UTC */
                    from: string;
                    /** @description last day, UTC (included) */
                    to: string;
                    groupBy?: "person" | "office" | "center";
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
                            window: {
                                from: string;
                                to: string;
                            };
                            /** @enum {string} */
                            groupBy: "person" | "office" | "center";
                            /**
                             * @description all: directors and admins, every row; visible: anyone else, the rows the caller may see (see the description)
                             * @enum {string}
                             */
                            scope: "all" | "visible";
                            groups: {
                                /** Format: uuid */
                                id: string | null;
                                name: string | null;
                                credit: {
                                    amount: number;
                                    currency: string;
                                }[];
                                revenue: {
                                    amount: number;
                                    currency: string;
                                }[];
                                projects: {
                                    /** Format: uuid */
                                    projectId: string;
                                    name: string;
                                    creditRoles: string[];
                                    credit: {
                                        amount: number;
                                        currency: string;
                                    };
                                    revenue: {
                                        amount: number;
                                        currency: string;
                                    };
                                }[];
                            }[];
                            totals: {
                                currency: string;
                                credit: {
                                    amount: number;
                                    currency: string;
                                };
                                revenue: {
                                    amount: number;
                                    currency: string;
                                };
                                creditBasisPointsOfRevenue: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/reports/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scores (主负责人打分) per scored person: count, mean, distribution and the comments
         * @description Scores given in the window (scored_at, UTC dates, both included), per scored person. Any signed-in person: the people whose rows they may see (themselves, everyone below them, the people of the offices they manage, the members of the centers they lead), figured over the scores they may see — those they gave, were given, or were given to anyone below them in the manager tree, at any depth. Directors and admins see every score. A person scored only where the caller may not look has count 0 and mean null; a score on a project the caller may not see names no project (projectId null). The mean is rounded to 2 decimals.
         */
        get: {
            parameters: {
                query: {
                    /** @description first day, UTC */
                    from: string;
                    /** @description last day, UTC (included) */
                    to: string;
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
                            window: {
                                from: string;
                                to: string;
                            };
                            /**
                             * @description all: directors and admins, every row; visible: anyone else, the rows the caller may see (see the description)
                             * @enum {string}
                             */
                            scope: "all" | "visible";
                            people: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @description the scores of this person in the window that the caller may see */
                                count: number;
                                /** @description their mean, 2 decimals; null when the caller may see none of them */
                                mean: number | null;
                                distribution: {
                                    1: number;
                                    2: number;
                                    3: number;
                                    4: number;
                                    5: number;
                                };
                                comments: {
                                    /**
                                     * Format: uuid
                                     * @description null where the caller may not see the project
                                     */
                                    projectId: string | null;
                                    /** Format: uuid */
                                    scorerId: string;
                                    score: number;
                                    comment: string;
                                    scoredAt: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/reports/allocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Presales days against pipeline per tier and per sales person, and their Gini coefficient (劣币驱逐良币)
         * @description The cohort is the projects created in the window (UTC dates, both included), optionally of one office. For each: its expected value (pipeline), the planned days of all its bookings (booked) and the days of all its time entries (worked), so far. Per currency (no conversion), per tier and per sales owner, days are normalised per 1,000,000 major units of pipeline (1,000,000 CNY = 100,000,000 fen); the Gini coefficient of those normalised days across the sales people with pipeline says whether presales follows opportunity (near 0) or goes to a few (towards 1). Any signed-in person, over the projects they may see (those they took part in, those whose sales owner or owner is in their tree, those of the offices they manage and of the centers they lead); directors and admins over every project.
         */
        get: {
            parameters: {
                query: {
                    /** @description first day, UTC */
                    from: string;
                    /** @description last day, UTC (included) */
                    to: string;
                    /** @description only the projects of this office that the caller may see */
                    officeId?: string;
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
                            window: {
                                from: string;
                                to: string;
                            };
                            /** Format: uuid */
                            officeId: string | null;
                            unit: string;
                            currencies: {
                                currency: string;
                                total: {
                                    projects: number;
                                    pipeline: {
                                        amount: number;
                                        currency: string;
                                    };
                                    bookedDays: number;
                                    workedDays: number;
                                    bookedDaysPerMillion: number | null;
                                    workedDaysPerMillion: number | null;
                                };
                                tiers: {
                                    /** @enum {string} */
                                    tier: "A" | "B" | "C" | "D" | "E";
                                    projects: number;
                                    pipeline: {
                                        amount: number;
                                        currency: string;
                                    };
                                    bookedDays: number;
                                    workedDays: number;
                                    bookedDaysPerMillion: number | null;
                                    workedDaysPerMillion: number | null;
                                }[];
                                salesPeople: {
                                    /** Format: uuid */
                                    salesPersonId: string;
                                    name: string;
                                    projects: number;
                                    pipeline: {
                                        amount: number;
                                        currency: string;
                                    };
                                    bookedDays: number;
                                    workedDays: number;
                                    bookedDaysPerMillion: number | null;
                                    workedDaysPerMillion: number | null;
                                }[];
                                gini: {
                                    bookedDays: number;
                                    workedDays: number;
                                    salesPeople: number;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The targets in force for a period, of the people whose report rows the caller may see */
        get: {
            parameters: {
                query: {
                    period: string;
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
                            period: string;
                            /**
                             * @description all: directors and admins, every row; visible: anyone else, the rows the caller may see (see the description)
                             * @enum {string}
                             */
                            scope: "all" | "visible";
                            items: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: uuid */
                                officeId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                                /** @enum {string} */
                                role: "sales_owner" | "presales_lead" | "delivery_manager";
                                period: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                };
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        /**
         * 背销售数字: set targets per person, credit role and period (a quarter 2026Q4 or a year 2026), as one audited version
         * @description Directors. Each target replaces the one in force for its person, role and period; an unchanged value is not a change. Every value set is kept with the one it replaced. Roles are the credit ledger’s: sales_owner, presales_lead, delivery_manager.
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
                        targets: {
                            /** Format: uuid */
                            personId: string;
                            /** @enum {string} */
                            role: "sales_owner" | "presales_lead" | "delivery_manager";
                            period: string;
                            amount: {
                                amount: number;
                                currency: string;
                            };
                        }[];
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
                            version: number;
                            changed: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/targets/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every value set for a period’s targets, newest version first, with who set it, why, and the value it replaced
         * @description Of the people whose report rows the caller may see, as GET /api/targets.
         */
        get: {
            parameters: {
                query: {
                    period: string;
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
                            period: string;
                            /**
                             * @description all: directors and admins, every row; visible: anyone else, the rows the caller may see (see the description)
                             * @enum {string}
                             */
                            scope: "all" | "visible";
                            items: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                role: "sales_owner" | "presales_lead" | "delivery_manager";
                                period: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                };
                                version: number;
                                setAt: string;
                                /** Format: uuid */
                                setById: string;
                                setByName: string;
                                reason: string;
                                previousAmount: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/reports/attainment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Attainment (背销售数字): per person, office or delivery center and credit role, credit of the period against target, revenue beside it
         * @description Credit entries whose time falls in the period (UTC dates), corrections included, against the targets of the group’s people for the same role; revenue of the projects behind the group’s credit, each counted once. Who sees what: as GET /api/reports/credits.
         */
        get: {
            parameters: {
                query: {
                    period: string;
                    groupBy?: "person" | "office" | "center";
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
                            period: string;
                            window: {
                                from: string;
                                to: string;
                            };
                            /** @enum {string} */
                            groupBy: "person" | "office" | "center";
                            /**
                             * @description all: directors and admins, every row; visible: anyone else, the rows the caller may see (see the description)
                             * @enum {string}
                             */
                            scope: "all" | "visible";
                            groups: {
                                /** Format: uuid */
                                id: string | null;
                                name: string | null;
                                lines: {
                                    /** @enum {string} */
                                    role: "sales_owner" | "presales_lead" | "delivery_manager";
                                    currency: string;
                                    target: number | null;
                                    credit: number;
                                    attainmentBasisPoints: number | null;
                                }[];
                                revenue: {
                                    amount: number;
                                    currency: string;
                                }[];
                            }[];
                            totals: {
                                /** @enum {string} */
                                role: "sales_owner" | "presales_lead" | "delivery_manager";
                                currency: string;
                                target: number | null;
                                credit: number;
                                attainmentBasisPoints: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/reports/revenue-share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 多位一体: revenue per industry and per key solution and its share, with the delivery centers dedicated to each — which centers deserve to exist
         * @description Revenue entries whose time falls in the window (corrections included) of the projects the caller may see, per project industry and currency, largest first.
         */
        get: {
            parameters: {
                query: {
                    /** @description first day, UTC */
                    from: string;
                    /** @description last day, UTC (included) */
                    to: string;
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
                            window: {
                                from: string;
                                to: string;
                            };
                            /**
                             * @description all: directors and admins, every row; visible: anyone else, the rows the caller may see (see the description)
                             * @enum {string}
                             */
                            scope: "all" | "visible";
                            industries: {
                                industry: string;
                                currency: string;
                                revenue: number;
                                projects: number;
                                shareBasisPoints: number | null;
                                centers: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            }[];
                            solutions: {
                                solution: string | null;
                                currency: string;
                                revenue: number;
                                projects: number;
                                shareBasisPoints: number | null;
                                centers: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/reports/roi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 投入产出: per sales owner, office, tier or delivery center, presales cost against won value; where senior people worked
         * @description The projects closed (won or lost) in the window that the caller may see. Won value: revenue entries of the won ones (corrections included). Presales cost: their time entries at the booked rates. Credit: per person the sales owner’s own, otherwise that of everyone on the projects whose rows the caller may see (双算, so it may pass the value); credit net of cost subtracts the presales cost. Level mix: the days worked on those projects by senior people (levels in the upper half of their role’s rates on the current card; each day at the level its booking was priced at) and by others, on A/B against C–E projects, per group and over all.
         */
        get: {
            parameters: {
                query: {
                    /** @description first day, UTC */
                    from: string;
                    /** @description last day, UTC (included) */
                    to: string;
                    groupBy?: "person" | "office" | "tier" | "center";
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
                            window: {
                                from: string;
                                to: string;
                            };
                            /** @enum {string} */
                            groupBy: "person" | "office" | "tier" | "center";
                            /**
                             * @description all: directors and admins, every row; visible: anyone else, the rows the caller may see (see the description)
                             * @enum {string}
                             */
                            scope: "all" | "visible";
                            groups: {
                                id: string | null;
                                name: string | null;
                                currency: string;
                                closed: number;
                                won: number;
                                winRateBasisPoints: number | null;
                                wonValue: number;
                                presalesCost: number;
                                costPerWonDeal: number | null;
                                costBasisPointsOfWonValue: number | null;
                                credit: number;
                                creditNetOfCost: number;
                                levelMix: {
                                    seniorDays: {
                                        topTiers: number;
                                        otherTiers: number;
                                    };
                                    otherDays: {
                                        topTiers: number;
                                        otherTiers: number;
                                    };
                                    seniorShareOnTopTiersBasisPoints: number | null;
                                    allShareOnTopTiersBasisPoints: number | null;
                                };
                            }[];
                            levelMix: {
                                seniorDays: {
                                    topTiers: number;
                                    otherTiers: number;
                                };
                                otherDays: {
                                    topTiers: number;
                                    otherTiers: number;
                                };
                                seniorShareOnTopTiersBasisPoints: number | null;
                                allShareOnTopTiersBasisPoints: number | null;
                                seniorLevels: {
                                    [key: string]: string[];
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/projects/{id}/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 不随意许诺: the owner, the sales owner or a manager above the owner changes what is promised (audited)
         * @description After an approved feasibility sign-off the gate reopens: it no longer counts, and advancing into the stage that needs feasibility or beyond, or closing won, answers 409 until delivery signs again (the new list, unless they sign another). Who signs is notified. Before any sign-off the list waits for delivery to sign it. At most 50 commitments.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        commitments: {
                            item: string;
                            dueDate: string;
                        }[];
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/projects/{id}/delivery-handoff/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 交付移交: who is offered a won project’s delivery (or their delegate, or a manager it escalated to) accepts it */
        post: {
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/projects/{id}/delivery-handoff/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 交付移交: decline with a reason; the offer goes up to the offeree’s manager (at the top of the tree: 409, accept it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/projects/{id}/go-live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The delivery owner records the go-live: every commitment the win promised, kept or not (a note for each not kept)
         * @description Only the person who accepted the delivery handoff. `commitments[].index` names an entry of the project’s `promises.promised`; every one is accounted for. The same go-live again is answered as done; a different one is 409.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        liveOn: string;
                        commitments: {
                            index: number;
                            kept: boolean;
                            note?: string;
                        }[];
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customerName: string;
                            industry: string;
                            solution: string | null;
                            quality: {
                                factors: {
                                    [key: string]: number;
                                };
                                score: number;
                            } | null;
                            /** Format: uuid */
                            officeId: string;
                            expectedValue: {
                                amount: number;
                                currency: string;
                            };
                            channel: boolean;
                            strategic: boolean;
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D" | "E";
                            stage: string;
                            stageEnteredAt: string;
                            stageDeadline: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: uuid */
                            salesOwnerId: string;
                            /** @enum {string} */
                            status: "open" | "won" | "lost";
                            closeReason: string | null;
                            policyVersion: number;
                            createdAt: string;
                            updatedAt: string;
                            closedAt: string | null;
                            budget: {
                                amount: number;
                                currency: string;
                            };
                            committed: {
                                amount: number;
                                currency: string;
                            };
                            actual: {
                                amount: number;
                                currency: string;
                            };
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            dispatch: {
                                status: string | null;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                            };
                            stageEscalation: number | null;
                            pendingHandoff: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "stage" | "manual";
                                /** Format: uuid */
                                fromPersonId: string;
                                /** Format: uuid */
                                toPersonId: string;
                                /** Format: uuid */
                                proposedById: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                proposedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                decisionReason: string | null;
                            } | null;
                            timeline: {
                                seq: number;
                                type: string;
                                /** Format: uuid */
                                actorId: string;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            stages: {
                                stage: string;
                                enteredAt: string;
                                deadline: string;
                                leftAt: string | null;
                            }[];
                            owners: {
                                /** Format: uuid */
                                personId: string;
                                via: string;
                                startedAt: string;
                                endedAt: string | null;
                            }[];
                            escalations: {
                                /** @enum {string} */
                                kind: "stage" | "approval" | "handoff" | "scoring" | "delivery_handoff";
                                refId: string;
                                level: number;
                                /** Format: uuid */
                                responsibleId: string | null;
                                /** Format: uuid */
                                targetId: string | null;
                                targetRole: string | null;
                                dueAt: string;
                                reason: string;
                                at: string;
                            }[];
                            feasibility: {
                                approved: boolean;
                                note: string;
                                /** Format: uuid */
                                signedById: string;
                                signedAt: string;
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                            } | null;
                            promises: {
                                /** @enum {string} */
                                gate: "unsigned" | "signed" | "rejected" | "reopened";
                                commitments: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                }[];
                                change: {
                                    /** Format: uuid */
                                    changedById: string;
                                    reason: string;
                                    changedAt: string;
                                } | null;
                                deliveryHandoff: {
                                    /** Format: uuid */
                                    toPersonId: string;
                                    /** @enum {string} */
                                    via: "team_lead" | "delivery_manager" | "feasibility_signer" | "owner" | "manager";
                                    /** @enum {string} */
                                    status: "offered" | "accepted";
                                    offeredAt: string;
                                    dueAt: string;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    acceptedAt: string | null;
                                    declined: {
                                        /** Format: uuid */
                                        personId: string;
                                        reason: string;
                                        at: string;
                                    }[];
                                } | null;
                                promised: {
                                    index: number;
                                    item: string;
                                    dueDate: string;
                                    kept: boolean | null;
                                    note: string | null;
                                }[];
                                goLive: {
                                    liveOn: string;
                                    /** Format: uuid */
                                    recordedById: string;
                                    recordedAt: string;
                                } | null;
                            };
                            approvals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                kind: "dispatch" | "resource" | "over_budget";
                                /** Format: uuid */
                                requestId: string | null;
                                approverKind: string;
                                /** Format: uuid */
                                approverId: string | null;
                                approverRole: string | null;
                                approverLabel: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "cancelled";
                                requestedAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                decidedById: string | null;
                                /** Format: uuid */
                                decisionPersonId: string | null;
                                comment: string | null;
                            }[];
                            resourceRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                skills: string[];
                                days: number;
                                /** Format: uuid */
                                personId: string | null;
                                note: string;
                                /** Format: uuid */
                                requestedById: string;
                                /** @enum {string} */
                                status: "pending" | "awaiting_exception" | "booked" | "rejected" | "cancelled";
                                /** Format: uuid */
                                approvalId: string;
                                /** Format: uuid */
                                exceptionApprovalId: string | null;
                                /** Format: uuid */
                                bookingId: string | null;
                                /** Format: uuid */
                                extendsBookingId: string | null;
                                requestedAt: string;
                            }[];
                            bookings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                personId: string;
                                /** @enum {string} */
                                role: "sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin";
                                days: number;
                                /** @enum {string} */
                                unit: "day" | "hour";
                                rate: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                planned: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                actual: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                daysWorked: number;
                                bookedAt: string;
                            }[];
                            ledger: {
                                /** @enum {string} */
                                kind: "commit" | "accrue" | "release";
                                /** Format: uuid */
                                bookingId: string;
                                amount: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                idempotencyKey: string;
                                at: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                lead: boolean;
                                named: boolean;
                                bookedDays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/reports/promises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 不随意许诺: promises kept per sales person, tier or delivery center
         * @description Of the won projects the caller may see: the commitments of those that went live in the window (made, kept, not kept, the kept share), and the commitments still open — of won projects not yet live, due in the window and already past due. Per sales person only the people whose report rows the caller may see; per center only the centers they lead (directors and admins: all).
         */
        get: {
            parameters: {
                query: {
                    /** @description first day, UTC */
                    from: string;
                    /** @description last day, UTC (included) */
                    to: string;
                    groupBy?: "salesPerson" | "tier" | "center";
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
                            window: {
                                from: string;
                                to: string;
                            };
                            /** @enum {string} */
                            groupBy: "salesPerson" | "tier" | "center";
                            /**
                             * @description all: directors and admins, every row; visible: anyone else, the rows the caller may see (see the description)
                             * @enum {string}
                             */
                            scope: "all" | "visible";
                            groups: {
                                id: string | null;
                                name: string | null;
                                /** @description projects that went live in the window */
                                projectsLive: number;
                                /** @description commitments of those projects */
                                made: number;
                                kept: number;
                                notKept: number;
                                /** @description kept of made, in basis points; null when none went live */
                                keptBasisPoints: number | null;
                                /** @description commitments of won projects not yet live, due in the window and already past due */
                                stillOpen: number;
                            }[];
                            totals: {
                                /** @description projects that went live in the window */
                                projectsLive: number;
                                /** @description commitments of those projects */
                                made: number;
                                kept: number;
                                notKept: number;
                                /** @description kept of made, in basis points; null when none went live */
                                keptBasisPoints: number | null;
                                /** @description commitments of won projects not yet live, due in the window and already past due */
                                stillOpen: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/performance/periods/{period}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 绩效打分: close a period — results computed, every scored person told, the appeal window opened, then frozen
         * @description Directors. Counts the scores of the projects closed in the period (their scoring requested in it). A period that has not ended is closed only with early: true (its later scores are then not counted); one that has not begun, never. Once per period.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @default false */
                        early?: boolean;
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
                            period: string;
                            /** @enum {string} */
                            status: "closing" | "appeal" | "frozen";
                            appealUntil: string | null;
                            policyVersion: number | null;
                            openAppeals: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/performance/periods/{period}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 绩效打分: appeal one of your scores of a closed period, with a reason; the scorer’s manager decides
         * @description Only the person scored, only while the appeal window is open, once per score.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        projectId: string;
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
                            /** Format: uuid */
                            appealId: string;
                            /** Format: uuid */
                            projectId: string;
                            /** Format: uuid */
                            personId: string;
                            /** Format: uuid */
                            scorerId: string;
                            /**
                             * Format: uuid
                             * @description the scorer's manager; null: a director decides
                             */
                            deciderId: string | null;
                            /** @enum {string} */
                            status: "open" | "upheld" | "amended";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/performance/periods/{period}/appeals/{appealId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 绩效打分: the scorer’s manager upholds an appealed score or amends it; the results are computed again
         * @description A director decides where the scorer has no manager. An amended score is counted as given, not corrected for the scorer.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    period: string;
                    appealId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "upheld" | "amended";
                        /** @description the new score; only when amended */
                        score?: number;
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
                            /** Format: uuid */
                            appealId: string;
                            /** Format: uuid */
                            projectId: string;
                            /** Format: uuid */
                            personId: string;
                            /** Format: uuid */
                            scorerId: string;
                            /**
                             * Format: uuid
                             * @description the scorer's manager; null: a director decides
                             */
                            deciderId: string | null;
                            /** @enum {string} */
                            status: "open" | "upheld" | "amended";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/performance/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The appeals the caller filed or must decide (directors: also those of scorers without a manager) */
        get: {
            parameters: {
                query?: {
                    period?: string;
                    status?: "open" | "decided";
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
                            items: {
                                /** Format: uuid */
                                appealId: string;
                                /** Format: uuid */
                                projectId: string;
                                /** Format: uuid */
                                scorerId: string;
                                /** Format: uuid */
                                deciderId: string | null;
                                /** @enum {string} */
                                status: "open" | "upheld" | "amended";
                                reason: string;
                                raisedAt: string;
                                /** Format: uuid */
                                decidedById: string | null;
                                decidedAt: string | null;
                                decisionReason: string | null;
                                amendedScore: number | null;
                                period: string;
                                /** Format: uuid */
                                personId: string;
                                personName: string;
                                projectName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/reports/performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 绩效打分: each person’s projects, scores, weighted result and pay factor for a period (format=csv for HR)
         * @description A person’s result shows to them, to the managers above them, and to directors and admins; a project in it is named only where the caller may see it. Before the period is closed the answer is a preview under the current policy.
         */
        get: {
            parameters: {
                query: {
                    period: string;
                    format?: "json" | "csv";
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
                            period: string;
                            /**
                             * @description preview: not closed, computed now under the current policy
                             * @enum {string}
                             */
                            status: "preview" | "appeal" | "frozen";
                            policyVersion: number;
                            closedAt: string | null;
                            closedEarly: boolean;
                            appealUntil: string | null;
                            frozenAt: string | null;
                            /** @description the mean of every score as given in the period */
                            companyMean: number | null;
                            people: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: uuid */
                                officeId: string | null;
                                /** @description the role whose score share applies; null: the default share */
                                role: string | null;
                                /** @description the day-weighted mean of the scores corrected per scorer, 2 decimals */
                                result: number;
                                scoreShareBasisPoints: number;
                                /** @description variable pay as a share of its target, 10,000 = 100 % */
                                payFactorBasisPoints: number;
                                daysWorked: number;
                                projects: {
                                    /**
                                     * Format: uuid
                                     * @description null where the caller may not see the project
                                     */
                                    projectId: string | null;
                                    projectName: string | null;
                                    /** Format: uuid */
                                    scorerId: string;
                                    score: number;
                                    amendedScore: number | null;
                                    normalised: number;
                                    daysWorked: number;
                                    weight: number;
                                }[];
                                appeals: {
                                    /** Format: uuid */
                                    appealId: string;
                                    /** Format: uuid */
                                    projectId: string | null;
                                    /** Format: uuid */
                                    scorerId: string;
                                    /** Format: uuid */
                                    deciderId: string | null;
                                    /** @enum {string} */
                                    status: "open" | "upheld" | "amended";
                                    reason: string;
                                    raisedAt: string;
                                    /** Format: uuid */
                                    decidedById: string | null;
                                    decidedAt: string | null;
                                    decisionReason: string | null;
                                    amendedScore: number | null;
                                }[];
                            }[];
                        } | string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/delivery-centers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                                /** Format: uuid */
                                id: string;
                                name: string;
                                industry: string | null;
                                solution: string | null;
                                /** Format: uuid */
                                leadId: string;
                                readiness: {
                                    required: ("presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev")[];
                                    covered: {
                                        [key: string]: number;
                                    };
                                    missing: ("presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev")[];
                                    ready: boolean;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
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
                        name: string;
                        industry?: string;
                        solution?: string;
                        /** Format: uuid */
                        leadId: string;
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
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/delivery-centers/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a person to a delivery center (sets their center; audited)
         * @description Admin only. 404 for an unknown center or person; 409 when the person belongs to another center. Adding a member again changes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        personId: string;
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
                            /** Format: uuid */
                            centerId: string;
                            /** Format: uuid */
                            personId: string;
                            /** Format: uuid */
                            deliveryCenterId: string | null;
                            changed: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/delivery-centers/{id}/members/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a person from a delivery center (clears their center; audited)
         * @description Admin only. 404 for an unknown center or person, or a person in no center; 409 when the person belongs to another center.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    personId: string;
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
                            /** Format: uuid */
                            centerId: string;
                            /** Format: uuid */
                            personId: string;
                            /** Format: uuid */
                            deliveryCenterId: string | null;
                            changed: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/delivery-centers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A delivery center as one team: members by function with their load, the projects served, win rate, cost per won deal
         * @description Members are listed under every function they hold (presales, solution, test, delivery, after_sales, custom_dev), or under `other`. Booked: planned days of their bookings made in the window (any project); worked: days of their time entries in the window; capacity as in the utilization report. The window defaults to the 28 days up to today. Projects served are those dispatched to the center; win rate and cost per won deal are over all of them, whenever they closed. Any signed-in person may read it; the projects served list names only the projects the reader may see, and a rate level shows as the README's visibility table says.
         */
        get: {
            parameters: {
                query?: {
                    /** @description first day of the window (default: to − 27 days) */
                    from?: string;
                    /** @description last day of the window (default: from + 27 days, or today) */
                    to?: string;
                };
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description the key industry it serves; null for a solution center */
                            industry: string | null;
                            /** @description the key solution it serves; null for an industry center */
                            solution: string | null;
                            /** Format: uuid */
                            leadId: string;
                            window: {
                                from: string;
                                to: string;
                                workingDays: number;
                                capacityDaysPerPerson: number;
                            };
                            members: {
                                presales: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    roles: ("sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin")[];
                                    rateLevel: string | null;
                                    bookedDays: number;
                                    workedDays: number;
                                    bookedBasisPoints: number | null;
                                    workedBasisPoints: number | null;
                                }[];
                                solution: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    roles: ("sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin")[];
                                    rateLevel: string | null;
                                    bookedDays: number;
                                    workedDays: number;
                                    bookedBasisPoints: number | null;
                                    workedBasisPoints: number | null;
                                }[];
                                test: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    roles: ("sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin")[];
                                    rateLevel: string | null;
                                    bookedDays: number;
                                    workedDays: number;
                                    bookedBasisPoints: number | null;
                                    workedBasisPoints: number | null;
                                }[];
                                delivery: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    roles: ("sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin")[];
                                    rateLevel: string | null;
                                    bookedDays: number;
                                    workedDays: number;
                                    bookedBasisPoints: number | null;
                                    workedBasisPoints: number | null;
                                }[];
                                after_sales: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    roles: ("sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin")[];
                                    rateLevel: string | null;
                                    bookedDays: number;
                                    workedDays: number;
                                    bookedBasisPoints: number | null;
                                    workedBasisPoints: number | null;
                                }[];
                                custom_dev: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    roles: ("sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin")[];
                                    rateLevel: string | null;
                                    bookedDays: number;
                                    workedDays: number;
                                    bookedBasisPoints: number | null;
                                    workedBasisPoints: number | null;
                                }[];
                                other: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    roles: ("sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin")[];
                                    rateLevel: string | null;
                                    bookedDays: number;
                                    workedDays: number;
                                    bookedBasisPoints: number | null;
                                    workedBasisPoints: number | null;
                                }[];
                            };
                            readiness: {
                                required: ("presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev")[];
                                covered: {
                                    [key: string]: number;
                                };
                                missing: ("presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev")[];
                                ready: boolean;
                            };
                            projectsServed: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                tier: "A" | "B" | "C" | "D" | "E";
                                /** @enum {string} */
                                status: "open" | "won" | "lost";
                            }[];
                            closed: {
                                won: number;
                                lost: number;
                            };
                            winRate: number | null;
                            costPerWonDeal: {
                                amount: number;
                                currency: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current session: who is signed in, the CSRF token and when the session ends (404 for a bearer token) */
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
                            person: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                email: string;
                                roles: ("sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin")[];
                                /** Format: uuid */
                                managerId: string | null;
                                /** Format: uuid */
                                officeId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                                skills: string[];
                                industries: string[];
                                rateLevel: string | null;
                                createdAt: string;
                                deactivatedAt: string | null;
                            };
                            csrfToken: string;
                            expiresAt: string;
                            idleExpiresAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Sign in with e-mail and password: sets the session cookie and returns the CSRF token
         * @description Answers the same 401 for an unknown e-mail address and a wrong password. Failures are limited per account and per client address (429 `too_many_attempts` with Retry-After). Not replayable: Idempotency-Key is not honoured.
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
                        email: string;
                        password: string;
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
                            person: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                email: string;
                                roles: ("sales" | "presales" | "solution" | "test" | "delivery" | "after_sales" | "custom_dev" | "hotline" | "manager" | "director" | "admin")[];
                                /** Format: uuid */
                                managerId: string | null;
                                /** Format: uuid */
                                officeId: string | null;
                                /** Format: uuid */
                                deliveryCenterId: string | null;
                                skills: string[];
                                industries: string[];
                                rateLevel: string | null;
                                createdAt: string;
                                deactivatedAt: string | null;
                            };
                            csrfToken: string;
                            expiresAt: string;
                            idleExpiresAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        /** Sign out: ends the session and clears its cookie */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            signedOut: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a password with a one-time invitation or reset token; the token is used up
         * @description A used, replaced, expired or unknown token is a 400 `invalid_token` saying which. Refused tokens are limited per client address (429 `too_many_attempts`). Ends any session the person still had.
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
                        token: string;
                        password: string;
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
                            /** Format: uuid */
                            personId: string;
                            email: string;
                            /** @enum {string} */
                            signInPath: "/api/session";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change one's own password; every other session of the caller ends
         * @description A wrong current password is a 403 and counts as a failed sign-in of the account.
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessionsEnded: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/people/{id}/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's access: deactivated or not, password set, open sessions, an unused set-password link */
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
                            /** Format: uuid */
                            personId: string;
                            email: string;
                            deactivatedAt: string | null;
                            passwordSet: boolean;
                            openSessions: number;
                            pendingLink: {
                                /** @enum {string} */
                                purpose: "invitation" | "reset";
                                expiresAt: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
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
    "/api/people/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a person to set a password: a one-time token valid 72 h, shown once */
        post: {
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            /** @enum {string} */
                            purpose: "invitation" | "reset";
                            /** Format: uuid */
                            personId: string;
                            expiresAt: string;
                            /** @enum {string} */
                            setPasswordPath: "/api/password";
                            consolePath: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/people/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a person's password: clears it, ends their sessions, returns a one-time token valid 24 h, shown once */
        post: {
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            /** @enum {string} */
                            purpose: "invitation" | "reset";
                            /** Format: uuid */
                            personId: string;
                            expiresAt: string;
                            /** @enum {string} */
                            setPasswordPath: "/api/password";
                            consolePath: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/people/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a person: no sign-in, no bearer token, their sessions end (not oneself) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
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
                            /** Format: uuid */
                            personId: string;
                            deactivatedAt: string | null;
                            sessionsEnded: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
    "/api/people/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a person: they may sign in again and their bearer tokens work again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
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
                            /** Format: uuid */
                            personId: string;
                            deactivatedAt: string | null;
                            sessionsEnded: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    path?: string;
                                    message: string;
                                }[];
                            };
                        };
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
