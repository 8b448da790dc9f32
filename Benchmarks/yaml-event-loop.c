/*
 * yaml-event-loop: the floor for reading YAML with libyaml, as a baseline for ecvet-bench.
 *
 *     cc -O2 -o yaml-event-loop Benchmarks/yaml-event-loop.c -lyaml
 *     ./yaml-event-loop Benchmarks/data/national.yaml
 *
 * Opens FILE, runs yaml_parser_parse until the end of the stream, counts the events and deletes
 * each one, nothing else (no tree, no strings kept). This is what ECVETKit's YAMLEventReader
 * sits on, so ECVETKit / this is the share of libyaml's speed the library keeps. Prints one line
 * in the style of ecvet-bench (MB are 10^6 bytes); exit status 1 on a YAML error, 2 on a usage
 * or I/O problem.
 */
#include <stdio.h>
#include <time.h>
#include <yaml.h>

static double now(void) {
    struct timespec moment;
    clock_gettime(CLOCK_MONOTONIC, &moment);
    return (double)moment.tv_sec + (double)moment.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: yaml-event-loop FILE\n");
        return 2;
    }
    double started = now();
    FILE *file = fopen(argv[1], "rb");
    if (file == NULL) {
        perror(argv[1]);
        return 2;
    }
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        fprintf(stderr, "yaml-event-loop: cannot initialise the parser\n");
        return 2;
    }
    yaml_parser_set_input_file(&parser, file);
    unsigned long events = 0, scalars = 0;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%lu:%lu: %s\n", argv[1], (unsigned long)parser.problem_mark.line + 1,
                    (unsigned long)parser.problem_mark.column + 1, parser.problem ? parser.problem : "YAML error");
            return 1;
        }
        yaml_event_type_t type = event.type;
        events++;
        if (type == YAML_SCALAR_EVENT) scalars++;
        yaml_event_delete(&event);
        if (type == YAML_STREAM_END_EVENT) break;
    }
    yaml_parser_delete(&parser);
    long size = ftell(file);
    fclose(file);
    double elapsed = now() - started;
    double megabytes = (double)size / 1e6;
    printf("read yaml (libyaml event loop) %.1f MB in %.2f s = %.1f MB/s (%lu events, %lu scalars)\n",
           megabytes, elapsed, megabytes / elapsed, events, scalars);
    return 0;
}
