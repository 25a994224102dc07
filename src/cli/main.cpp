#include <cstdio>

int main() {
    std::fputs("huichang-cli: not built yet\n", stderr);
    return 1;
}
