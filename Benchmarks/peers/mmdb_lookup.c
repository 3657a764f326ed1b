/* Peer benchmark: libmaxminddb country lookups (MMDB_lookup_sockaddr + MMDB_get_value for
 * country.iso_code) over a file of addresses, on one core. Prints "N lookups/s".
 * Build: cc -O2 -o mmdb_lookup mmdb_lookup.c -lmaxminddb */
#include <maxminddb.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s DB.mmdb ADDRESSES.txt [seconds]\n", argv[0]);
        return 2;
    }
    double seconds = argc > 3 ? atof(argv[3]) : 2.0;
    MMDB_s db;
    double openStart = now();
    if (MMDB_open(argv[1], MMDB_MODE_MMAP, &db) != MMDB_SUCCESS) {
        fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    double openTime = now() - openStart;
    FILE *file = fopen(argv[2], "r");
    if (!file) { perror(argv[2]); return 1; }
    size_t capacity = 1 << 20, count = 0;
    struct sockaddr_storage *addresses = malloc(capacity * sizeof *addresses);
    char line[128];
    while (fgets(line, sizeof line, file)) {
        line[strcspn(line, "\r\n")] = 0;
        if (count == capacity) { capacity *= 2; addresses = realloc(addresses, capacity * sizeof *addresses); }
        struct sockaddr_storage *s = &addresses[count];
        memset(s, 0, sizeof *s);
        struct sockaddr_in *v4 = (struct sockaddr_in *)s;
        struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)s;
        if (inet_pton(AF_INET, line, &v4->sin_addr) == 1) { v4->sin_family = AF_INET; count++; }
        else if (inet_pton(AF_INET6, line, &v6->sin6_addr) == 1) { v6->sin6_family = AF_INET6; count++; }
    }
    fclose(file);
    if (count == 0) { fprintf(stderr, "no addresses\n"); return 1; }
    long lookups = 0, found = 0;
    double start = now(), elapsed;
    do {
        for (size_t i = 0; i < count; i++) {
            int error = 0;
            MMDB_lookup_result_s result = MMDB_lookup_sockaddr(&db, (struct sockaddr *)&addresses[i], &error);
            if (error || !result.found_entry) continue;
            MMDB_entry_data_s data;
            if (MMDB_get_value(&result.entry, &data, "country", "iso_code", NULL) == MMDB_SUCCESS
                && data.has_data && data.type == MMDB_DATA_TYPE_UTF8_STRING && data.data_size > 0)
                found++;
        }
        lookups += count;
        elapsed = now() - start;
    } while (elapsed < seconds);
    fprintf(stderr, "opened in %.3f ms, %zu addresses, %ld of %ld with a country\n", openTime * 1e3, count, found, lookups);
    printf("%ld lookups/s\n", (long)(lookups / elapsed));
    MMDB_close(&db);
    return 0;
}
