// SPDX-License-Identifier: GPL-3.0-or-later
// What the sync benchmarks share: the size of the generated clinic and the median of runs.
#pragma once

#include <QCommandLineParser>

#include <algorithm>
#include <vector>

namespace petinfo::bench {

/** --pets and --records-per-pet, the clinic the benchmark generates. */
inline void addClinicOptions(QCommandLineParser& parser)
{
    parser.addOptions({{QStringLiteral("pets"), QStringLiteral("Pets."), QStringLiteral("n"), QStringLiteral("10000")},
                       {QStringLiteral("records-per-pet"), QStringLiteral("Health records per pet."),
                        QStringLiteral("n"), QStringLiteral("10")}});
}

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace petinfo::bench
