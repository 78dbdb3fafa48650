/*
 * Whether the CPU and the system let the vector code use AVX2, asked
 * once, when a reader first needs to know: CPUID and XGETBV rather
 * than the compiler's __builtin_cpu_supports(), whose library code
 * runs as a constructor at every start, lookups included.
 */
#ifndef CPU_H
#define CPU_H

#if defined(__x86_64__) && defined(__GNUC__) && !defined(SCAN_NO_AVX2)
#define CPU_HAVE_AVX2
#include <cpuid.h>

static inline int
cpu_avx2(void)
{
	static int	 known = -1;
	unsigned	 a, b, c, d, lo, hi;

	if (known >= 0)
		return known;
	known = 0;
	if (__get_cpuid(1, &a, &b, &c, &d) == 0 ||
	    (c & (bit_OSXSAVE | bit_AVX)) != (bit_OSXSAVE | bit_AVX))
		return known;
	/* XGETBV 0: the system saves the SSE and AVX registers. */
	__asm__ volatile ("xgetbv" : "=a" (lo), "=d" (hi) : "c" (0));
	if ((lo & 6) != 6 || __get_cpuid_max(0, NULL) < 7)
		return known;
	__cpuid_count(7, 0, a, b, c, d);
	known = (b & bit_AVX2) != 0;
	return known;
}

/*
 * Whether AVX-512 with byte operations may be used too: the CPU has
 * AVX512F and AVX512BW, and XGETBV says that the system saves the mask
 * registers and the upper halves of the 512-bit ones.
 */
static inline int
cpu_avx512bw(void)
{
	static int	 known = -1;
	unsigned	 a, b, c, d, lo, hi;

	if (known >= 0)
		return known;
	known = 0;
	if (!cpu_avx2())
		return known;
	__asm__ volatile ("xgetbv" : "=a" (lo), "=d" (hi) : "c" (0));
	if ((lo & 0xe6) != 0xe6)
		return known;
	__cpuid_count(7, 0, a, b, c, d);
	known = (b & (bit_AVX512F | bit_AVX512BW)) ==
	    (bit_AVX512F | bit_AVX512BW);
	return known;
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
