package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import java.util.List;

/**
 * A version of the pre-intervention module: the about page, the contents page and the four exercises, each a video
 * with reflection questions beneath. The same content renders online or as the paper copy.
 */
public record ModuleContent(int version, String title, Page about, Contents contents, List<Exercise> exercises) {

    public static final int EXERCISE_COUNT = 4;

    public ModuleContent {
        exercises = List.copyOf(exercises);
        if (exercises.size() != EXERCISE_COUNT) {
            throw new IllegalArgumentException("the module has " + EXERCISE_COUNT + " exercises, not " + exercises.size());
        }
        for (int i = 0; i < exercises.size(); i++) {
            Exercise exercise = exercises.get(i);
            if (exercise.number() != i + 1 || exercise.code() != ExerciseCode.values()[i]) {
                throw new IllegalArgumentException("exercise " + (i + 1) + " must be " + ExerciseCode.values()[i]);
            }
            if (exercise.reflectionQuestions().isEmpty()) {
                throw new IllegalArgumentException("exercise " + exercise.code() + " has no reflection questions");
            }
        }
    }

    public record Page(String heading, List<String> paragraphs) {
    }

    public record Contents(String heading, String introduction, String format) {
    }

    public record Video(String reference, String title, String description) {
    }

    public record Exercise(int number, ExerciseCode code, String title, String summary, Video video,
            List<String> reflectionQuestions) {
    }
}
