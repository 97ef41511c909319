import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isPostgresUrl, redactPassword } from "./postgres-url.js";

describe("postgres-url", () => {
  it("tells a postgres URL from a SQLite path", () => {
    assert.equal(isPostgresUrl("postgresql://db.example/sitrep"), true);
    assert.equal(isPostgresUrl("./postgres://not-a-url.db"), false);
  });

  it("hides the password and keeps the rest of the URL", () => {
    assert.equal(
      redactPassword("postgres://ana:s3cr%40t@127.0.0.1:5432/sitrep"),
      "postgres://ana:***@127.0.0.1:5432/sitrep",
    );
    assert.equal(redactPassword("postgres://127.0.0.1/sitrep"), "postgres://127.0.0.1/sitrep");
    assert.equal(redactPassword("data/sitrep.db"), "data/sitrep.db");
  });

  it("never echoes an unreadable URL, which may hold a password", () => {
    assert.equal(redactPassword("postgres://ana:pw@[bad"), "postgres://(unreadable URL)");
  });
});
