/*
 * Whether the CPU and the system let the vector code use AVX2 and
 * AVX-512, asked once, when a reader first needs to know: CPUID and
 * XGETBV rather than the compiler's __builtin_cpu_supports(), whose
 * library code runs as a constructor at every start, lookups included.
 */
#ifndef CPU_H
#define CPU_H

#if defined(__x86_64__) && defined(__GNUC__) && !defined(SCAN_NO_AVX2)
#define CPU_HAVE_AVX2
#include <cpuid.h>

/* What cpu_features() finds, a bit each. */
enum { CPU_AVX2 = 1, CPU_AVX512BW = 2, CPU_POPCNT = 4 };

/*
 * AVX2: the CPU has it, and XGETBV says that the system saves the SSE
 * and AVX registers.  AVX512BW: the CPU has AVX512F and AVX512BW, and
 * the system saves the mask registers and the upper halves of the
 * 512-bit ones too.
 */
static inline unsigned
cpu_features(void)
{
	static int	 known = -1;
	unsigned	 a, b, c, d, lo, hi;

	if (known >= 0)
		return (unsigned)known;
	known = 0;
	if (__get_cpuid(1, &a, &b, &c, &d) == 0)
		return 0;
	if (c & bit_POPCNT)
		known = CPU_POPCNT;
	if ((c & (bit_OSXSAVE | bit_AVX)) != (bit_OSXSAVE | bit_AVX))
		return (unsigned)known;
	__asm__ volatile ("xgetbv" : "=a" (lo), "=d" (hi) : "c" (0));
	if ((lo & 6) != 6 || __get_cpuid_max(0, NULL) < 7)
		return (unsigned)known;
	__cpuid_count(7, 0, a, b, c, d);
	if (b & bit_AVX2) {
		known |= CPU_AVX2;
		if ((lo & 0xe6) == 0xe6 && (b & (bit_AVX512F | bit_AVX512BW)) ==
		    (bit_AVX512F | bit_AVX512BW))
			known |= CPU_AVX512BW;
	}
	return (unsigned)known;
}

static inline int
cpu_avx2(void)
{
	return (cpu_features() & CPU_AVX2) != 0;
}

static inline int
cpu_popcnt(void)
{
	return (cpu_features() & CPU_POPCNT) != 0;
}

static inline int
cpu_avx512bw(void)
{
	return (cpu_features() & CPU_AVX512BW) != 0;
}
#endif

/* The widest vectors the build and the CPU allow. */
enum cpu_vectors {
	CPU_VECTORS_NONE,
	CPU_VECTORS_SSE2,	/* every x86-64 has them */
	CPU_VECTORS_AVX2	/* chosen at run time */
};

static inline enum cpu_vectors
cpu_vectors(void)
{
#ifdef CPU_HAVE_AVX2
	if (cpu_avx2())
		return CPU_VECTORS_AVX2;
#endif
#ifdef __SSE2__
	return CPU_VECTORS_SSE2;
#else
	return CPU_VECTORS_NONE;
#endif
}

#endif
