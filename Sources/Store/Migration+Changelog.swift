extension Migration {
    /// Every migration this build knows, oldest first. Append new steps; never edit or reorder shipped ones.
    static let all: [Migration] = [
        Migration(version: 1, name: "v1-submissions-progress-quizzes", sql: """
            CREATE TABLE users (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                login TEXT NOT NULL UNIQUE,          -- operating-system login name
                created_at DATETIME NOT NULL
            );

            CREATE TABLE submissions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                user_id INTEGER NOT NULL REFERENCES users(id),
                competition TEXT NOT NULL,
                submitted_at DATETIME NOT NULL,
                file_name TEXT NOT NULL,
                digest TEXT NOT NULL,                -- sha-256 hex of the file
                "rows" INTEGER NOT NULL,
                public_score REAL NOT NULL,
                private_score REAL NOT NULL,
                status TEXT NOT NULL,                -- 'scored' or 'late'
                message TEXT                         -- the learner's -m note
            );
            CREATE INDEX submissions_on_competition_user_submitted_at
                ON submissions(competition, user_id, submitted_at);

            CREATE TABLE lesson_progress (
                user_id INTEGER NOT NULL REFERENCES users(id),
                lesson_id TEXT NOT NULL,
                status TEXT NOT NULL,                -- 'new', 'in-progress', 'done'
                position INTEGER NOT NULL DEFAULT 0, -- reading position, line
                updated_at DATETIME NOT NULL,
                PRIMARY KEY (user_id, lesson_id)
            );

            CREATE TABLE quiz_answers (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                user_id INTEGER NOT NULL REFERENCES users(id),
                lesson_id TEXT NOT NULL,
                quiz_id TEXT NOT NULL,
                answer TEXT NOT NULL,
                correct INTEGER NOT NULL,            -- bool
                answered_at DATETIME NOT NULL
            );
            CREATE INDEX quiz_answers_on_user_lesson
                ON quiz_answers(user_id, lesson_id);
            """),
        Migration(version: 2, name: "v2-final-selections", sql: """
            -- 1 when the learner chose the submission for the private ranking (`ailab select`).
            ALTER TABLE submissions ADD COLUMN selected INTEGER NOT NULL DEFAULT 0;
            """),
    ]
}
